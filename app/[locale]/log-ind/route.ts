import type { NextRequest } from "next/server";
import { destinationForAuthError } from "@/lib/auth/login-problems";
import { redirectAfterFailedLogin } from "@/lib/auth/login-redirect";

/**
 * next-auth's sign-in and error page. It is not a page of its own: it reads next-auth's
 * error code and sends the citizen to the page that explains it.
 */
export async function GET(request: NextRequest) {
  return redirectAfterFailedLogin(request, destinationForAuthError(request.nextUrl.searchParams.get("error")));
}
