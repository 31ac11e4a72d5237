import { randomBytes } from "node:crypto";
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { csrfTokenFromCookie, newCsrfCookieValue } from "@/lib/auth/csrf";
import { authCookies, decodeSessionToken, renewSessionToken } from "@/lib/auth/session-token";
import { config as portalConfig, servedOverHttps } from "@/lib/config";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy } from "@/lib/security-headers";

const intl = createIntlMiddleware(routing);

// Re-issuing the session cookie costs an encryption; once a minute is enough for a 30-minute idle limit.
const RENEW_AFTER_SECONDS = 60;

type CookieWrite = { name: string; value: string; options: Record<string, unknown> };

/**
 * Runs before every page: picks the language from the path, sets the CSP with a fresh
 * nonce, makes sure next-auth's CSRF cookie exists for the server-rendered login forms,
 * and keeps an active session alive (idle timeout) up to its absolute limit.
 * It only does coarse work; every page and action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const settings = portalConfig();
  const cookieSpec = authCookies();
  const writes: CookieWrite[] = [];

  if (!csrfTokenFromCookie(request.cookies.get(cookieSpec.csrfToken.name)?.value, settings.NEXTAUTH_SECRET)) {
    const value = newCsrfCookieValue(settings.NEXTAUTH_SECRET);
    request.cookies.set(cookieSpec.csrfToken.name, value);
    writes.push({ name: cookieSpec.csrfToken.name, value, options: cookieSpec.csrfToken.options });
  }

  const rawSession = request.cookies.get(cookieSpec.sessionToken.name)?.value;
  if (rawSession) {
    const token = await decodeSessionToken(rawSession);
    const nowSeconds = Math.floor(Date.now() / 1000);
    const renewed = token && (nowSeconds - Number(token.iat ?? 0) < RENEW_AFTER_SECONDS ? "fresh" : await renewSessionToken(token, nowSeconds));
    if (!renewed) {
      request.cookies.delete(cookieSpec.sessionToken.name);
      writes.push({ name: cookieSpec.sessionToken.name, value: "", options: { ...cookieSpec.sessionToken.options, maxAge: 0 } });
    } else if (renewed !== "fresh") {
      writes.push({
        name: cookieSpec.sessionToken.name,
        value: renewed.value,
        options: { ...cookieSpec.sessionToken.options, maxAge: renewed.maxAge },
      });
    }
  }

  const nonce = randomBytes(16).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    brokerOrigin: new URL(settings.MITID_ISSUER).origin,
    https: servedOverHttps(),
    development: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);

  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps()) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  for (const { name, value, options } of writes) response.cookies.set(name, value, options);
  return response;
}

export const config = {
  // Pages only: API routes, Next's assets and files with an extension are left alone.
  matcher: ["/((?!api/|_next/|_vercel/|.*\\.[a-zA-Z0-9]+$).*)"],
};
