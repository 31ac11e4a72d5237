import "server-only";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import { callbackLocale } from "./callback-url";
import type { LoginProblem } from "./login-problems";
import { authCookies } from "./session-token";

export type FailedLoginDestination = { page: "brugerkode-fejl" } | { page: "problem"; problem: LoginProblem; errorId?: string };

/**
 * The language the citizen started their login in: the form's own callbackUrl when the
 * request is the login form (the brugerkode form posts it), else the address next-auth
 * keeps in its callback-url cookie.
 */
export async function loginLocale(request?: Request): Promise<string> {
  if (request?.method === "POST" && /application\/x-www-form-urlencoded|multipart\/form-data/.test(request.headers.get("content-type") ?? "")) {
    const posted = await request
      .clone()
      .formData()
      .then((form) => form.get("callbackUrl"))
      .catch(() => null);
    if (typeof posted === "string" && posted) return callbackLocale(posted, config().NEXTAUTH_URL);
  }
  return callbackLocale((await cookies()).get(authCookies().callbackUrl.name)?.value, config().NEXTAUTH_URL);
}

/**
 * The portal page that explains a failed login, in `locale` (by default the language of
 * the callback-url cookie): only a fixed reason and an error id ever go into its address.
 */
export async function failedLoginPath(destination: FailedLoginDestination, locale?: string): Promise<string> {
  locale ??= await loginLocale();
  if (destination.page === "brugerkode-fejl") return `${localizedPath(locale, "/log-ind/brugerkoder")}?fejl=login`;
  const errorId = destination.errorId && /^[0-9a-f]{8}$/.test(destination.errorId) ? `&fejlkode=${destination.errorId}` : "";
  return `${localizedPath(locale, "/log-ind/fejl")}?aarsag=${destination.problem}${errorId}`;
}

/**
 * Sends the citizen to a page about their login, in the language they started the login
 * in. `from` keeps the cookies next-auth set or cleared on the way (its state cookies).
 * (`loginLocale(request)` must be read before next-auth reads the request's body.)
 */
export async function redirectAfterFailedLogin(
  request: NextRequest,
  destination: FailedLoginDestination,
  from?: Response,
  locale?: string,
): Promise<NextResponse> {
  const target = new URL(await failedLoginPath(destination, locale), request.nextUrl.origin);
  if (!from) return NextResponse.redirect(target, 303);
  const redirected = new NextResponse(null, { status: 303, headers: from.headers });
  redirected.headers.set("location", target.toString());
  return redirected;
}
