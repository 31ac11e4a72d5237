import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// next-auth v4 protects its sign-in and credentials endpoints with a double-submit cookie:
// "<token>|sha256(<token><secret>)". next-auth only sets that cookie from its own routes,
// but a form rendered on the server (and posted without JavaScript) needs the token on the
// very first page view, so the proxy issues the cookie in the same format.

function hashFor(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export function newCsrfCookieValue(secret: string): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${hashFor(token, secret)}`;
}

/** The token from a CSRF cookie, or null when the cookie was not made with this secret. */
export function csrfTokenFromCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const [token, hash] = value.split("|");
  if (!token || !hash) return null;
  const expected = Buffer.from(hashFor(token, secret));
  const actual = Buffer.from(hash);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? token : null;
}
