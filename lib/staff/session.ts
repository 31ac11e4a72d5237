import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { StaffRole } from "@/db/schema";
import { authCookies, decodeSessionToken, type SessionToken } from "@/lib/auth/session-token";
import { localizedPath } from "@/lib/i18n/routing";
import { findActiveStaffSession, type ActiveStaffSession } from "./queries";

export interface StaffSession extends ActiveStaffSession {
  idToken?: string;
}

/** The logged-in staff member for this request, or null; the session row must still be open. */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const raw = (await cookies()).get(authCookies("staff").sessionToken.name)?.value;
  const token = await decodeSessionToken<SessionToken>(raw, "staff");
  if (!token) return null;
  const session = await findActiveStaffSession({ sessionId: token.sid });
  if (!session || session.staffId !== token.sub) return null;
  return { ...session, idToken: token.idToken };
});

/**
 * The page wrapper for staff pages: the staff member, when they hold one of `roles` (any
 * role when none is given). Anyone else is sent to the staff login, or told they lack access.
 */
export async function requireStaff(locale: string, roles: StaffRole[] = []): Promise<StaffSession> {
  const session = await getStaffSession();
  if (!session) redirect(localizedPath(locale, "/medarbejder/log-ind"));
  if (roles.length > 0 && !roles.some((role) => session.roles.includes(role))) {
    redirect(localizedPath(locale, "/medarbejder/ingen-adgang"));
  }
  return session;
}
