import "server-only";
import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { config, servedOverHttps } from "@/lib/config";
import { consumeLoginToken } from "./mutations";

/**
 * A MitID login that cannot become a session yet: a flagged citizen must first see the
 * brugerkode warning (R1.4), or a citizen without a profile must accept the terms (R1.5).
 * It lives only in a short-lived, encrypted cookie and can be used once.
 */
export type PendingLogin =
  { purpose: "brugerkode-warning"; citizenId: string; idToken?: string } | { purpose: "creation"; cpr: string; name: string; idToken?: string };

const TTL_SECONDS = 10 * 60;
// A salt of its own derives a key of its own: a pending login can never pass for a session.
const SALT = "jobnet.pending-login";

/** The query parameter that carries a fresh pending login from the sign-in callback to the route, which moves it into the cookie. */
export const PENDING_LOGIN_PARAM = "forloeb";

export function pendingLoginCookie() {
  const secure = servedOverHttps();
  return {
    name: `${secure ? "__Host-" : ""}jobnet.pending-login`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: TTL_SECONDS },
  };
}

export async function sealPendingLogin(login: PendingLogin): Promise<string> {
  return encode({ token: { ...login, jti: randomUUID() }, secret: config().NEXTAUTH_SECRET, maxAge: TTL_SECONDS, salt: SALT });
}

async function readPendingLogin(): Promise<(PendingLogin & { jti: string }) | null> {
  const raw = (await cookies()).get(pendingLoginCookie().name)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: config().NEXTAUTH_SECRET, salt: SALT });
    return token && typeof token.jti === "string" && typeof token.purpose === "string" ? (token as unknown as PendingLogin & { jti: string }) : null;
  } catch {
    return null;
  }
}

/** The pending login of the given kind, to show its page; it stays usable. */
export async function peekPendingLogin<P extends PendingLogin["purpose"]>(purpose: P): Promise<Extract<PendingLogin, { purpose: P }> | null> {
  const login = await readPendingLogin();
  return login?.purpose === purpose ? (login as unknown as Extract<PendingLogin, { purpose: P }>) : null;
}

/** The pending login of the given kind, used up: a second call, or a replayed cookie, gets null. */
export async function takePendingLogin<P extends PendingLogin["purpose"]>(purpose: P): Promise<Extract<PendingLogin, { purpose: P }> | null> {
  const login = await readPendingLogin();
  const { name, options } = pendingLoginCookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  if (login?.purpose !== purpose) return null;
  if (!(await consumeLoginToken({ tokenId: login.jti }))) return null;
  return login as unknown as Extract<PendingLogin, { purpose: P }>;
}
