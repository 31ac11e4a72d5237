import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import { csrfTokenFromCookie } from "./csrf";
import { findActiveCitizenSession, type ActiveCitizenSession } from "./queries";
import { authCookies, decodeSessionToken } from "./session-token";

/** Where a citizen who logged in with a one-time password chooses their own. */
export const NEW_PASSWORD_PATH = "/log-ind/ny-adgangskode";

export interface CitizenSession extends ActiveCitizenSession {
  /** The broker's ID token, for RP-initiated logout; absent after a brugerkode login. */
  idToken?: string;
}

/**
 * The logged-in citizen for this request, or null. The cookie alone is not enough: its
 * session row must still be open, so a session ended on the server ends here at once.
 */
export const getCitizenSession = cache(async (): Promise<CitizenSession | null> => {
  const store = await cookies();
  const token = await decodeSessionToken(store.get(authCookies().sessionToken.name)?.value);
  if (!token) return null;
  const session = await findActiveCitizenSession({ sessionId: token.sid });
  if (!session || session.citizenId !== token.sub) return null;
  return { ...session, idToken: token.idToken };
});

/** The CSRF token that next-auth's form endpoints expect, from the cookie the proxy issued. */
export async function getAuthCsrfToken(): Promise<string> {
  const store = await cookies();
  return csrfTokenFromCookie(store.get(authCookies().csrfToken.name)?.value, config().NEXTAUTH_SECRET) ?? "";
}

/**
 * The page wrapper for citizen pages: the logged-in citizen, or a redirect to the front
 * page for anyone else. Data functions still check that what they return is the citizen's own.
 */
export async function requireCitizen(locale: string): Promise<CitizenSession> {
  const citizen = await getCitizenSession();
  if (!citizen) redirect(localizedPath(locale, "/"));
  if (citizen.mustChangePassword) redirect(localizedPath(locale, NEW_PASSWORD_PATH));
  return citizen;
}
