import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { authRouteHandler } from "@/lib/login/auth-route";
import { csrfTokenFromCookie } from "@/lib/auth/csrf";
import { MITID_PROVIDER_ID } from "@/lib/login/options";
import { authCookies } from "@/lib/auth/session-token";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";

/**
 * `Log ind med MitID` from a page served from the cache, which carries no per-visitor CSRF
 * token: the form posts here, and this starts next-auth's MitID sign-in with the token from
 * the visitor's own CSRF cookie (which the proxy issues on every page). What keeps another
 * site from starting a login here is what protects every form of the portal: the proxy
 * refuses a POST whose Origin is another site's (lib/http/request-guard.ts), and the cookie
 * is SameSite=Lax. After login the citizen lands on the front page in the language of the
 * address posted to.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const csrfCookie = (await cookies()).get(authCookies().csrfToken.name)?.value;
  const body = new URLSearchParams({
    csrfToken: csrfTokenFromCookie(csrfCookie, config().NEXTAUTH_SECRET) ?? "",
    callbackUrl: localizedPath(locale, "/"),
  });
  const signIn = new NextRequest(new URL(`/api/auth/signin/${MITID_PROVIDER_ID}`, request.nextUrl.origin), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return authRouteHandler(signIn, { params: Promise.resolve({ nextauth: ["signin", MITID_PROVIDER_ID] }) });
}
