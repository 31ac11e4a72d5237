import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { callbackLocale, callbackPath, safeCallbackUrl } from "@/lib/auth/callback-url";
import { LoginFailure, recordLoginFailure, withLoginFailures } from "@/lib/auth/login-failure";
import { destinationForAuthError } from "@/lib/auth/login-problems";
import { failedLoginPath, loginLocale, redirectAfterFailedLogin } from "@/lib/auth/login-redirect";
import { authOptions, BRUGERKODE_PROVIDER_ID, CREATION_TERMS_PATH, MITID_PROVIDER_ID } from "@/lib/login/options";
import { PENDING_LOGIN_PARAM, pendingLoginCookie } from "@/lib/auth/pending-login";
import { getCitizenSession } from "@/lib/auth/session";
import { authCookies } from "@/lib/auth/session-token";
import { config } from "@/lib/config";
import { creationConsentSchema } from "@/lib/identity/schema";
import { localeOfPath, localizedPath } from "@/lib/i18n/routing";
import { STAFF_PROVIDER_ID, staffAuthOptions, type StaffLoginProblem } from "@/lib/staff/auth-options";
import { getStaffSession } from "@/lib/staff/session";

export type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * `OPRET VIA MitID` posts straight to next-auth's MitID sign-in (so it works without
 * JavaScript); the required `Jeg har læst Politik om persondata` is checked here first.
 */
async function creationWithoutConsent(request: NextRequest): Promise<NextResponse | null> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    // Not a form at all: next-auth answers it as it answers any bad sign-in request.
    return null;
  }
  const path = callbackPath(String(form.get("callbackUrl") ?? "/"), request.nextUrl.origin);
  const locale = localeOfPath(path);
  if (path !== localizedPath(locale, CREATION_TERMS_PATH)) return null;
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

/** next-auth's own error and sign-in pages, which the portal never shows: it explains failures itself. */
function nextAuthErrorCode(response: Response): string | null | undefined {
  const location = response.headers.get("location");
  if (!location) return undefined;
  let target: URL;
  try {
    target = new URL(location, config().NEXTAUTH_URL);
  } catch {
    return null;
  }
  if (!/^\/api\/auth\/(error|signin)\/?$/.test(target.pathname)) return undefined;
  return target.searchParams.get("error");
}

function redirectKeepingCookies(from: Response, location: string): NextResponse {
  const redirected = new NextResponse(null, { status: 303, headers: from.headers });
  redirected.headers.set("location", location);
  return redirected;
}

/** The staff login page in the language the staff member started in, explaining a problem. */
async function staffLoginPage(request: NextRequest, problem: StaffLoginProblem): Promise<string> {
  const locale = callbackLocale((await cookies()).get(authCookies("staff").callbackUrl.name)?.value, request.nextUrl.origin);
  return new URL(`${localizedPath(locale, "/medarbejder/log-ind")}?fejl=${problem}`, request.nextUrl.origin).toString();
}

/**
 * The staff login: a failure next-auth would send to its (citizen) error route, or an
 * error inside it, goes to the staff login page; a repeated or stale callback for a staff
 * member who is logged in goes to their start page.
 */
async function staffAuth(request: NextRequest, context: Context, action: string | undefined, brokerError: string | null): Promise<Response> {
  const failed = async (problem: StaffLoginProblem, from?: Response) => {
    if (action === "callback" && (await getStaffSession())) {
      const home = new URL(
        localizedPath(callbackLocale((await cookies()).get(authCookies("staff").callbackUrl.name)?.value, request.nextUrl.origin), "/medarbejder"),
        request.nextUrl.origin,
      ).toString();
      return from ? redirectKeepingCookies(from, home) : NextResponse.redirect(home, 303);
    }
    const page = await staffLoginPage(request, problem);
    return from ? redirectKeepingCookies(from, page) : NextResponse.redirect(page, 303);
  };
  if (brokerError) return failed(brokerError === "access_denied" ? "afbrudt" : "teknisk");
  let response: Response;
  try {
    ({ result: response } = await withLoginFailures<Response>(() => NextAuth(request, context, staffAuthOptions())));
  } catch (error) {
    recordLoginFailure(error, "auth:staff");
    return failed("teknisk");
  }
  return nextAuthErrorCode(response) === undefined ? response : failed("teknisk", response);
}

/**
 * The citizen's login. Whatever goes wrong inside next-auth — a code next-auth chose, an
 * error in one of the portal's callbacks, an exception out of next-auth itself — ends on the
 * portal's own page for it (the brugerkode form, or the login-problem page with an error
 * id), never on next-auth's pages, never with an error's text in an address, never as a 500.
 * A repeated or stale MitID callback for a citizen who is logged in goes to their front page.
 */
async function citizenAuth(
  request: NextRequest,
  context: Context,
  action: string | undefined,
  providerId: string | undefined,
  brokerError: string | null,
): Promise<Response> {
  const isMitidCallback = action === "callback" && providerId === MITID_PROVIDER_ID;
  // Read before next-auth reads the body: the brugerkode form says its language in it.
  const locale = await loginLocale(request);
  const failed = async (destination: Parameters<typeof redirectAfterFailedLogin>[1], from?: Response) => {
    if (isMitidCallback && (await getCitizenSession())) {
      const frontPage = new URL(localizedPath(locale, "/"), request.nextUrl.origin).toString();
      return from ? redirectKeepingCookies(from, frontPage) : NextResponse.redirect(frontPage, 303);
    }
    return redirectAfterFailedLogin(request, destination, from, locale);
  };

  // next-auth's error page itself is never shown; its code is explained on the portal's page.
  if (action === "error") return failed(destinationForAuthError(request.nextUrl.searchParams.get("error")));
  // A broker that reports an error to the callback (the citizen pressed "Afbryd") would
  // become next-auth's generic "Callback" error; it gets its own page instead.
  if (isMitidCallback && brokerError) return failed({ page: "problem", problem: brokerError === "access_denied" ? "afbrudt" : "teknisk" });
  if (request.method === "POST" && action === "signin" && providerId === MITID_PROVIDER_ID) {
    const refused = await creationWithoutConsent(request);
    if (refused) return refused;
  }

  let outcome: { result: Response; errorId?: string };
  try {
    outcome = await withLoginFailures<Response>(() => NextAuth(request, context, authOptions()));
  } catch (error) {
    return failed({ page: "problem", problem: "teknisk", errorId: recordLoginFailure(error, "auth") });
  }
  const { result: response, errorId } = outcome;
  const destinationOf = (code: string | null) => {
    const destination = code === LoginFailure.code ? { page: "problem" as const, problem: "teknisk" as const } : destinationForAuthError(code);
    return destination.page === "problem" && destination.problem === "teknisk" ? { ...destination, errorId } : destination;
  };
  const code = nextAuthErrorCode(response);
  if (code !== undefined) return failed(destinationOf(code), response);
  if (response.headers.get("content-type")?.includes("application/json")) return explainedForScript(locale, response, destinationOf);
  return isMitidCallback ? movePendingLoginToCookie(response) : response;
}

/**
 * The brugerkode form's script signs in with `redirect: false` and gets next-auth's answer
 * as JSON: `{ url }`, whose `error` parameter the script reads. A failure other than a wrong
 * username or password gets the address of the portal's page explaining it, with the code
 * kept for the script; the text of an error never leaves the server.
 */
async function explainedForScript(
  locale: string,
  response: Response,
  destinationOf: (code: string | null) => Parameters<typeof failedLoginPath>[0],
): Promise<Response> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  if (!body || typeof body.url !== "string") return response;
  const code = nextAuthErrorCode(new Response(null, { headers: { location: body.url } }));
  if (code === undefined || code === "CredentialsSignin") return response;
  const page = new URL(await failedLoginPath(destinationOf(code), locale), config().NEXTAUTH_URL);
  page.searchParams.set("error", code === LoginFailure.code || code === null ? LoginFailure.code : "Callback");
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...body, url: page.toString() }), { status: response.status, headers });
}

/**
 * The next-auth requests the portal makes, by method, action and provider. Anything else
 * — next-auth's own pages, its e-mail and sign-out flows, its client logger (which would
 * write whatever anyone posts into the log), a credentials callback by GET — is no
 * address of the portal's (404), and a known one by the wrong method is 405.
 */
const AUTH_REQUESTS: Record<string, { methods: string[]; providers?: string[] }> = {
  csrf: { methods: ["GET"] },
  providers: { methods: ["GET"] },
  session: { methods: ["GET"] },
  signin: { methods: ["POST"], providers: [MITID_PROVIDER_ID, STAFF_PROVIDER_ID] },
  callback: { methods: ["GET", "POST"], providers: [MITID_PROVIDER_ID, STAFF_PROVIDER_ID, BRUGERKODE_PROVIDER_ID] },
  error: { methods: ["GET"] },
};
const CALLBACK_METHOD: Record<string, string> = { [MITID_PROVIDER_ID]: "GET", [STAFF_PROVIDER_ID]: "GET", [BRUGERKODE_PROVIDER_ID]: "POST" };

function unknownAuthRequest(method: string, segments: string[]): Response | null {
  const [action, providerId, ...rest] = segments;
  const known = AUTH_REQUESTS[action];
  if (!known || rest.length > 0 || (known.providers ? !known.providers.includes(providerId) : providerId !== undefined)) {
    return new NextResponse(null, { status: 404 });
  }
  const methods = action === "callback" ? [CALLBACK_METHOD[providerId]] : known.methods;
  if (!methods.includes(method)) return new NextResponse(null, { status: 405, headers: { allow: methods.join(", ") } });
  return null;
}

/**
 * next-auth refuses a callback address it cannot read — in the query, or in its own cookie,
 * which anyone can set — as a server configuration error (500). Both are made an address of
 * the portal (or its front page) before next-auth sees them, and the cookie is set right.
 */
async function withReadableCallbackUrls(request: NextRequest): Promise<void> {
  const base = config().NEXTAUTH_URL;
  const param = request.nextUrl.searchParams.get("callbackUrl");
  if (param !== null) request.nextUrl.searchParams.set("callbackUrl", safeCallbackUrl(param, base));
  const store = await cookies();
  for (const kind of ["citizen", "staff"] as const) {
    const { name, options } = authCookies(kind).callbackUrl;
    const value = store.get(name)?.value;
    if (value !== undefined && value !== safeCallbackUrl(value, base)) store.set(name, safeCallbackUrl(value, base), options);
  }
}

/**
 * next-auth's addresses (/api/auth/…) for both logins, wrapped so that a failure anywhere
 * ends on the portal's own login-problem page, never a 500, and only the actions the portal
 * uses answer. The route file (app/api/auth/[...nextauth]/route.ts) and the MitID start from
 * cached pages (app/[locale]/(public)/log-ind/mitid/route.ts) call it.
 */
export async function authRouteHandler(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  const refused = unknownAuthRequest(request.method, nextauth);
  if (refused) return refused;
  const [action, providerId] = nextauth;
  const brokerError = request.method === "GET" && action === "callback" ? request.nextUrl.searchParams.get("error") : null;
  try {
    await withReadableCallbackUrls(request);
    if (providerId === STAFF_PROVIDER_ID) return await staffAuth(request, context, action, brokerError);
    return await citizenAuth(request, context, action, providerId, brokerError);
  } catch (error) {
    // Whatever was missed above: the login-problem page with an error id, never a 500.
    const errorId = recordLoginFailure(error, "auth:route");
    const page =
      providerId === STAFF_PROVIDER_ID
        ? await staffLoginPage(request, "teknisk")
        : new URL(await failedLoginPath({ page: "problem", problem: "teknisk", errorId }), request.nextUrl.origin);
    return NextResponse.redirect(page, 303);
  }
}
