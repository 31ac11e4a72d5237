import { decode, encode, type JWT } from "next-auth/jwt";
import { config, servedOverHttps } from "@/lib/config";

/** A citizen session ends after 30 minutes without a request… */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
/** …and 12 hours after login at the latest, however active. */
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/** What the encrypted session cookie holds. Never a CPR number: the citizen is referred to by id. */
export interface CitizenSessionToken extends JWT {
  /** The citizen_sessions row that must still be open for the cookie to count. */
  sid: string;
  /** The citizen's id. */
  sub: string;
  method: "mitid" | "brugerkode";
  /** Login time, seconds since the epoch. */
  authTime: number;
  /** The broker's ID token (which names no one: person claims come from userinfo), kept for RP-initiated logout. */
  idToken?: string;
}

type CookieOptions = { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean };

/**
 * The names and options of every cookie next-auth sets. HttpOnly and SameSite=Lax always;
 * over https they are Secure and carry the __Host- prefix, which also forbids a Domain.
 */
export function authCookies() {
  const secure = servedOverHttps();
  const prefix = secure ? "__Host-" : "";
  const options: CookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure };
  const shortLived = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: `${prefix}jobnet.session`, options },
    callbackUrl: { name: `${prefix}jobnet.callback-url`, options },
    csrfToken: { name: `${prefix}jobnet.csrf`, options },
    pkceCodeVerifier: { name: `${prefix}jobnet.pkce`, options: shortLived },
    state: { name: `${prefix}jobnet.state`, options: shortLived },
    nonce: { name: `${prefix}jobnet.nonce`, options: shortLived },
  };
}

export async function decodeSessionToken(raw: string | undefined): Promise<CitizenSessionToken | null> {
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: config().NEXTAUTH_SECRET });
    if (!token || typeof token.sid !== "string" || typeof token.sub !== "string") return null;
    return token as CitizenSessionToken;
  } catch {
    return null;
  }
}

/**
 * Re-issues the token for another idle period, capped by the absolute limit. Returns null
 * when the session has reached its absolute limit.
 */
export async function renewSessionToken(
  token: CitizenSessionToken,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<{ value: string; maxAge: number } | null> {
  const maxAge = Math.min(IDLE_TIMEOUT_SECONDS, token.authTime + ABSOLUTE_TIMEOUT_SECONDS - nowSeconds);
  if (maxAge <= 0) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const value = await encode({ token: claims, secret: config().NEXTAUTH_SECRET, maxAge });
  return { value, maxAge };
}
