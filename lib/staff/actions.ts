"use server";
// Every export of this file is a server action: a public endpoint anyone can call. What the
// staff tools change lives with its domain (lib/identity/staff-actions.ts,
// lib/support/staff-actions.ts, lib/contacts, lib/content); here is the staff session's own.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import { afterPortalLogout } from "@/lib/auth/broker";
import { authCookies } from "@/lib/auth/session-token";
import { endStaffSession } from "./mutations";
import { staffLogoutSchema } from "./schema";

/** Ends the staff session, in the portal and at the MitID broker; for anyone, with or without one. */
export const logOutStaff = staffAction({ schema: staffLogoutSchema, roles: "anyone", name: "logOutStaff" }, async ({ locale }, { staff }) => {
  const { name, options } = authCookies("staff").sessionToken;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  if (staff) await endStaffSession({ sessionId: staff.sessionId, reason: "logout" });
  redirect(await afterPortalLogout({ idToken: staff?.idToken, locale, returnTo: "/logget-ud" }));
});
