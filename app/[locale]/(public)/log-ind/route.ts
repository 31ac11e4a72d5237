import type { NextRequest } from "next/server";
import { destinationForAuthError } from "@/lib/auth/login-problems";
import { loginLocale, redirectAfterFailedLogin } from "@/lib/auth/login-redirect";

/**
 * next-auth's sign-in and error page. It is not a page of its own: it reads next-auth's
 * error code and sends the citizen to the page that explains it: in English under /en, else
 * in the language the login began in.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const language = locale === "en" ? "en" : await loginLocale();
  return redirectAfterFailedLogin(request, destinationForAuthError(request.nextUrl.searchParams.get("error")), undefined, language);
}
