import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { redirectAfterFailedLogin } from "@/lib/auth/login-redirect";
import { authOptions, CREATION_TERMS_PATH, MITID_PROVIDER_ID } from "@/lib/auth/options";
import { PENDING_LOGIN_PARAM, pendingLoginCookie } from "@/lib/auth/pending-login";
import { authCookies } from "@/lib/auth/session-token";
import { creationConsentSchema } from "@/lib/identity/schema";
import { localeOfPath, localizedPath } from "@/lib/i18n/routing";
import { STAFF_PROVIDER_ID, staffAuthOptions, type StaffLoginProblem } from "@/lib/staff/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * `OPRET VIA MitID` posts straight to next-auth's MitID sign-in (so it works without
 * JavaScript); the required `Jeg har læst Politik om persondata` is checked here first.
 */
async function creationWithoutConsent(request: NextRequest): Promise<NextResponse | null> {
  const form = await request.clone().formData();
  const callbackPath = new URL(String(form.get("callbackUrl") ?? "/"), request.nextUrl.origin).pathname;
  const locale = localeOfPath(callbackPath);
  if (callbackPath !== localizedPath(locale, CREATION_TERMS_PATH)) return null;
  if (creationConsentSchema.safeParse({ persondata: form.get("persondata") }).success) return null;
  return NextResponse.redirect(new URL(`${localizedPath(locale, "/opret")}?fejl=persondata`, request.nextUrl.origin), 303);
}

/**
 * A pending login (the brugerkode warning, profile creation) comes back from the sign-in
 * callback as a query parameter; it is moved into its HttpOnly cookie before the browser
 * sees the address, so it never shows up in history or logs.
 */
function movePendingLoginToCookie(response: Response): Response {
  const location = response.headers.get("location");
  if (!location || !location.includes(`${PENDING_LOGIN_PARAM}=`)) return response;
  const target = new URL(location);
  const sealed = target.searchParams.get(PENDING_LOGIN_PARAM)!;
  target.searchParams.delete(PENDING_LOGIN_PARAM);
  const moved = new NextResponse(null, { status: response.status, headers: response.headers });
  moved.headers.set("location", target.toString());
  const { name, options } = pendingLoginCookie();
  moved.cookies.set(name, sealed, options);
  return moved;
}

/** The staff login page in the language the staff member started in, explaining a problem. */
async function staffLoginPage(request: NextRequest, problem: StaffLoginProblem): Promise<string> {
  const callbackUrl = (await cookies()).get(authCookies("staff").callbackUrl.name)?.value;
  const locale = localeOfPath(callbackUrl ? new URL(callbackUrl, request.nextUrl.origin).pathname : "/");
  return new URL(`${localizedPath(locale, "/medarbejder/log-ind")}?fejl=${problem}`, request.nextUrl.origin).toString();
}

/**
 * The staff login shares next-auth's address space but not its error pages: a failure
 * that next-auth would send to the (citizen) error route goes to the staff login page.
 */
async function keepStaffOnStaffPages(request: NextRequest, response: Response): Promise<Response> {
  const location = response.headers.get("location");
  if (!location || !/\/api\/auth\/(error|signin)/.test(location)) return response;
  const redirected = new NextResponse(null, { status: response.status, headers: response.headers });
  redirected.headers.set("location", await staffLoginPage(request, "teknisk"));
  return redirected;
}

async function handler(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  const [action, providerId] = nextauth;
  // Logging out goes through the portal's own logout, which also ends the session row and
  // the broker session; next-auth's sign-out would only drop the cookie.
  if (action === "signout") return new NextResponse(null, { status: 404 });
  const brokerError = request.method === "GET" && action === "callback" ? request.nextUrl.searchParams.get("error") : null;

  if (providerId === STAFF_PROVIDER_ID) {
    if (brokerError) return NextResponse.redirect(await staffLoginPage(request, brokerError === "access_denied" ? "afbrudt" : "teknisk"), 303);
    return keepStaffOnStaffPages(request, await NextAuth(request, context, staffAuthOptions()));
  }

  // A broker that reports an error to the callback (the citizen pressed "Afbryd") would
  // become next-auth's generic "Callback" error; it gets its own page instead.
  if (providerId === MITID_PROVIDER_ID && brokerError) {
    return redirectAfterFailedLogin(request, { page: "problem", problem: brokerError === "access_denied" ? "afbrudt" : "teknisk" });
  }
  if (request.method === "POST" && action === "signin" && providerId === MITID_PROVIDER_ID) {
    const refused = await creationWithoutConsent(request);
    if (refused) return refused;
  }
  const response = await NextAuth(request, context, authOptions());
  return action === "callback" && providerId === MITID_PROVIDER_ID ? movePendingLoginToCookie(response) : response;
}

export { handler as GET, handler as POST };
