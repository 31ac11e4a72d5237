"use server";
// Every export of this file is a server action: a public endpoint anyone can call.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { citizenAction } from "@/lib/actions";
import { removeBrugerkodeFlagByCitizen } from "@/lib/identity/mutations";
import { localizedPath } from "@/lib/i18n/routing";
import { afterPortalLogout } from "@/lib/auth/broker";
import { endCitizenSession } from "@/lib/auth/mutations";
import { takePendingLogin } from "@/lib/auth/pending-login";
import { startCitizenSession } from "@/lib/auth/session-start";
import { authCookies } from "@/lib/auth/session-token";

const noFields = z.object({});

async function clearSessionCookie() {
  const { name, options } = authCookies().sessionToken;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

/**
 * Ends this session in the portal and, after a MitID login, at the broker too (RP-initiated
 * logout), which returns the citizen to the logged-out page.
 */
export const logOut = citizenAction({ schema: noFields, access: "public" }, async ({ locale }, { citizen }) => {
  await clearSessionCookie();
  if (citizen) await endCitizenSession({ sessionId: citizen.sessionId, reason: "logout" });
  redirect(await afterPortalLogout({ idToken: citizen?.idToken, locale, returnTo: "/logget-ud" }));
});

/**
 * R1.4 `FORTSÆT MED MitID`: the brugerkode flag comes off (audit-logged, and any brugerkode
 * session ends) and the citizen is logged in with MitID.
 */
export const continueWithMitid = citizenAction({ schema: noFields, access: "public" }, async ({ locale }) => {
  const pending = await takePendingLogin("brugerkode-warning");
  if (!pending) redirect(`${localizedPath(locale, "/log-ind/fejl")}?aarsag=udloebet`);
  await removeBrugerkodeFlagByCitizen({ citizenId: pending.citizenId });
  await startCitizenSession({ citizenId: pending.citizenId, method: "mitid", idToken: pending.idToken });
  redirect(localizedPath(locale, "/"));
});

/**
 * R1.4 `LOG IND MED BRUGERNAVN OG ADGANGSKODE`: nothing changes in the portal; the citizen
 * is logged out of the MitID broker and lands on the brugerkode login page.
 */
export const chooseBrugerkoder = citizenAction({ schema: noFields, access: "public" }, async ({ locale }) => {
  const pending = await takePendingLogin("brugerkode-warning");
  redirect(await afterPortalLogout({ idToken: pending?.idToken, locale, returnTo: "/log-ind/brugerkoder" }));
});

/**
 * "Forbliv logget ind" in the timeout warning. It does nothing itself: any request renews
 * the session's idle time (the proxy re-issues the cookie), and this one says whether the
 * session is still there.
 */
export const keepSessionAlive = citizenAction({ schema: noFields, access: "citizen" }, async () => ({ status: "ok" }));
