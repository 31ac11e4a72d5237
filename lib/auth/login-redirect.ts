import "server-only";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import { callbackLocale } from "./callback-url";
import type { LoginProblem } from "./login-problems";
import { authCookies } from "./session-token";

export type FailedLoginDestination = { page: "brugerkode-fejl" } | { page: "problem"; problem: LoginProblem; errorId?: string };

/** The language the citizen started their login in (next-auth keeps the address they came from in a cookie). */
export async function loginLocale(): Promise<string> {
  return callbackLocale((await cookies()).get(authCookies().callbackUrl.name)?.value, config().NEXTAUTH_URL);
}

/** The portal page that explains a failed login: only a fixed reason and an error id ever go into its address. */
export async function failedLoginPath(destination: FailedLoginDestination): Promise<string> {
  const locale = await loginLocale();
  if (destination.page === "brugerkode-fejl") return `${localizedPath(locale, "/log-ind/brugerkoder")}?fejl=login`;
  const errorId = destination.errorId && /^[0-9a-f]{8}$/.test(destination.errorId) ? `&fejlkode=${destination.errorId}` : "";
  return `${localizedPath(locale, "/log-ind/fejl")}?aarsag=${destination.problem}${errorId}`;
}

/**
 * Sends the citizen to a page about their login, in the language they started the login
 * in. `from` keeps the cookies next-auth set or cleared on the way (its state cookies).
 */
export async function redirectAfterFailedLogin(request: NextRequest, destination: FailedLoginDestination, from?: Response): Promise<NextResponse> {
  const target = new URL(await failedLoginPath(destination), request.nextUrl.origin);
  if (!from) return NextResponse.redirect(target, 303);
  const redirected = new NextResponse(null, { status: 303, headers: from.headers });
  redirected.headers.set("location", target.toString());
  return redirected;
}
