import { randomBytes } from "node:crypto";
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { csrfTokenFromCookie, newCsrfCookieValue } from "@/lib/auth/csrf";
import { authCookies, decodeSessionToken, renewSessionToken, type SessionKind, type SessionToken } from "@/lib/auth/session-token";
import { config as portalConfig, servedOverHttps } from "@/lib/config";
import { refusalResponse } from "@/lib/http/plain-page";
import { isPublicFile } from "@/lib/http/public-files";
import { refusalFor } from "@/lib/http/request-guard";
import { answerWhileDatabaseUnavailable } from "@/lib/database-unavailable-page";
import { routing } from "@/lib/i18n/routing";
import { cachedPageFor } from "@/lib/http/cached-pages";
import { PAGE_ADDRESS_HEADER } from "@/lib/http/page-address";
import { contentSecurityPolicy, SCRIPT_HASHES_PENDING_HEADER, setsOwnContentSecurityPolicy } from "@/lib/security-headers";

const intl = createIntlMiddleware(routing);

// Request headers a page render reads as its input (Next: the nonce from the CSP; next-intl:
// the locale; the shell: the page's address). The proxy sets them itself; a visitor's own never count.
const RENDER_INPUT_HEADERS = ["content-security-policy", "x-nonce", PAGE_ADDRESS_HEADER, "x-next-intl-locale"];

// Re-issuing the session cookie costs an encryption; once a minute is enough for a 30-minute idle limit.
const RENEW_AFTER_SECONDS = 60;

type CookieWrite = { name: string; value: string; options: Record<string, unknown> };

/**
 * Keeps an active session alive: its cookie is re-issued for another idle period (at most
 * once a minute), up to the absolute limit of its kind, after which the cookie is removed.
 */
async function renewSession(request: NextRequest, kind: SessionKind): Promise<CookieWrite | null> {
  const { name, options } = authCookies(kind).sessionToken;
  const raw = request.cookies.get(name)?.value;
  if (!raw) return null;
  const token = await decodeSessionToken<SessionToken>(raw, kind);
  const nowSeconds = Math.floor(Date.now() / 1000);
  if (token && nowSeconds - Number(token.iat ?? 0) < RENEW_AFTER_SECONDS) return null;
  const renewed = token && (await renewSessionToken(token, nowSeconds, kind));
  if (!renewed) {
    request.cookies.delete(name);
    return { name, value: "", options: { ...options, maxAge: 0 } };
  }
  return { name, value: renewed.value, options: { ...options, maxAge: renewed.maxAge } };
}

/**
 * Runs before every page: refuses writes from other sites and bodies that are not forms
 * (request-guard.ts), makes sure next-auth's CSRF cookie exists for the login forms, sends a
 * visitor without a session to the cached copy of a public page (cached-pages.ts) with a
 * CSP for it, and otherwise picks the language from the path, sets the CSP with a fresh
 * nonce, and keeps an active session alive (idle timeout) up to its absolute limit.
 * It only does coarse work; every page and action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  // A form from another site, or a body that is not the form it claims to be, goes no further.
  const refusal = await refusalFor(request);
  if (refusal) return refusalResponse(request.nextUrl.pathname, refusal.reason, refusal.status);
  if (isPublicFile(request.nextUrl.pathname)) return NextResponse.next();

  // While the database cannot be reached, pages answer 503 at once (lib/database-unavailable-page.ts).
  const unavailable = await answerWhileDatabaseUnavailable(request);
  if (unavailable) return unavailable;
  const settings = portalConfig();
  const cookieSpec = authCookies();
  const writes: CookieWrite[] = [];

  if (!csrfTokenFromCookie(request.cookies.get(cookieSpec.csrfToken.name)?.value, settings.NEXTAUTH_SECRET)) {
    const value = newCsrfCookieValue(settings.NEXTAUTH_SECRET);
    request.cookies.set(cookieSpec.csrfToken.name, value);
    writes.push({ name: cookieSpec.csrfToken.name, value, options: cookieSpec.csrfToken.options });
  }

  const csp = (scripts: { nonce: string } | "hashes") =>
    contentSecurityPolicy({
      scripts,
      brokerOrigin: new URL(settings.MITID_ISSUER).origin,
      https: servedOverHttps(),
      development: process.env.NODE_ENV === "development",
    });
  const finish = (response: NextResponse) => {
    if (servedOverHttps()) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    for (const { name, value, options } of writes) response.cookies.set(name, value, options);
    return response;
  };

  // A public page that is the same for everyone is served from the cache (lib/http/cached-pages.ts).
  const cached = cachedPageFor({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    hasSessionCookie: (["citizen", "staff"] as const).some((kind) => request.cookies.has(authCookies(kind).sessionToken.name)),
    testClock: process.env.JOBNET_TEST_CLOCK === "1",
  });
  if (cached) {
    // The cached copy is made from this request: nothing a visitor sends may reach it.
    const headers = new Headers(request.headers);
    for (const name of RENDER_INPUT_HEADERS) headers.delete(name);
    const response = NextResponse.rewrite(new URL(cached, request.url), { request: { headers } });
    // It holds no nonce: the portal's server adds the hashes of its scripts (server.ts).
    response.headers.set("Content-Security-Policy", csp("hashes"));
    response.headers.set(SCRIPT_HASHES_PENDING_HEADER, "1");
    return finish(response);
  }

  for (const kind of ["citizen", "staff"] as const) {
    const write = await renewSession(request, kind);
    if (write) writes.push(write);
  }

  const nonce = randomBytes(16).toString("base64");
  const policy = csp({ nonce });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  headers.set(PAGE_ADDRESS_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = intl(new NextRequest(request, { headers }));
  // A letter's PDF brings its own, fitted to the browser's PDF viewer (lib/security-headers.ts); a page's would hide the letter.
  if (!setsOwnContentSecurityPolicy(request.nextUrl.pathname)) response.headers.set("Content-Security-Policy", policy);
  return finish(response);
}

export const config = {
  // Every address but the API's and Next's assets: a form posted to any address is checked,
  // and an address that only looks like a file gets the not-found page in its language.
  // The site's own files (public/) pass straight through.
  matcher: ["/((?!api/|_next/|_vercel/).*)"],
};
