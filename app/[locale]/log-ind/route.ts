import type { NextRequest } from "next/server";
import { destinationForAuthError } from "@/lib/auth/login-problems";
import { redirectAfterFailedLogin } from "@/lib/auth/login-redirect";
import { routing } from "@/lib/i18n/routing";

/**
 * next-auth's sign-in and error page. It is not a page of its own: it reads next-auth's
 * error code and sends the citizen to the page that explains it, in this address's language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const language = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
  return redirectAfterFailedLogin(request, destinationForAuthError(request.nextUrl.searchParams.get("error")), undefined, language);
}
