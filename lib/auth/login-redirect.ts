import "server-only";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { localeOfPath, localizedPath } from "@/lib/i18n/routing";
import type { LoginProblem } from "./login-problems";
import { authCookies } from "./session-token";

/**
 * Sends the citizen to a page about their login, in the language they started the login
 * in (next-auth keeps the address they came from in its callback-url cookie).
 */
export async function redirectAfterFailedLogin(
  request: NextRequest,
  destination: { page: "brugerkode-fejl" } | { page: "problem"; problem: LoginProblem },
): Promise<NextResponse> {
  const callbackUrl = (await cookies()).get(authCookies().callbackUrl.name)?.value;
  const locale = localeOfPath(callbackUrl ? new URL(callbackUrl, request.nextUrl.origin).pathname : "/");
  const path =
    destination.page === "brugerkode-fejl"
      ? `${localizedPath(locale, "/log-ind/brugerkoder")}?fejl=login`
      : `${localizedPath(locale, "/log-ind/fejl")}?aarsag=${destination.problem}`;
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 303);
}
