import { decode, encode, type JWT } from "next-auth/jwt";
import { config, servedOverHttps } from "@/lib/config";

/** A session ends after 30 minutes without a request… */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
/** …and a citizen's 12 hours after login at the latest, however active… */
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
/** …and a staff member's after 8 hours. */
export const STAFF_ABSOLUTE_TIMEOUT_SECONDS = 8 * 60 * 60;

/** What an encrypted session cookie holds. Never a CPR number: the person is referred to by id. */
export interface SessionToken extends JWT {
  /** The session row that must still be open for the cookie to count. */
  sid: string;
  /** The citizen's or staff member's id. */
  sub: string;
  /** Login time, seconds since the epoch. */
  authTime: number;
  /** The broker's ID token (which names no one: person claims come from userinfo), kept for RP-initiated logout. */
  idToken?: string;
}

export interface CitizenSessionToken extends SessionToken {
  method: "mitid" | "brugerkode";
}

export type SessionKind = "citizen" | "staff";

type CookieOptions = { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean };

/**
 * The names and options of every cookie a login sets. HttpOnly and SameSite=Lax always;
 * over https they are Secure and carry the __Host- prefix, which also forbids a Domain.
 * Staff cookies have names of their own, so a staff session is never a citizen session;
 * the CSRF cookie is shared by both logins' forms.
 */
export function authCookies(kind: SessionKind = "citizen") {
  const secure = servedOverHttps();
  const prefix = `${secure ? "__Host-" : ""}jobnet.${kind === "staff" ? "staff-" : ""}`;
  const options: CookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure };
  const shortLived = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: `${prefix}session`, options },
    callbackUrl: { name: `${prefix}callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}jobnet.csrf`, options },
    pkceCodeVerifier: { name: `${prefix}pkce`, options: shortLived },
    state: { name: `${prefix}state`, options: shortLived },
    nonce: { name: `${prefix}nonce`, options: shortLived },
  };
}

/** The session rules of each kind: how long at most, and the key salt that keeps the two apart. */
export const sessionRules: Record<SessionKind, { absoluteSeconds: number; salt: string }> = {
  citizen: { absoluteSeconds: ABSOLUTE_TIMEOUT_SECONDS, salt: "" },
  staff: { absoluteSeconds: STAFF_ABSOLUTE_TIMEOUT_SECONDS, salt: "jobnet.staff-session" },
};

export async function encodeSessionToken(token: SessionToken, kind: SessionKind, maxAge: number): Promise<string> {
  return encode({ token, secret: config().NEXTAUTH_SECRET, maxAge, salt: sessionRules[kind].salt });
}

export async function decodeSessionToken<T extends SessionToken = CitizenSessionToken>(
  raw: string | undefined,
  kind: SessionKind = "citizen",
): Promise<T | null> {
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: config().NEXTAUTH_SECRET, salt: sessionRules[kind].salt });
    if (!token || typeof token.sid !== "string" || typeof token.sub !== "string") return null;
    return token as T;
  } catch {
    return null;
  }
}

/**
 * Re-issues the token for another idle period, capped by the absolute limit of its kind.
 * Returns null when the session has reached that limit.
 */
export async function renewSessionToken(
  token: SessionToken,
  nowSeconds = Math.floor(Date.now() / 1000),
  kind: SessionKind = "citizen",
): Promise<{ value: string; maxAge: number } | null> {
  const maxAge = Math.min(IDLE_TIMEOUT_SECONDS, token.authTime + sessionRules[kind].absoluteSeconds - nowSeconds);
  if (maxAge <= 0) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return { value: await encodeSessionToken(claims as SessionToken, kind, maxAge), maxAge };
}
