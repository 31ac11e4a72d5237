"use server";
// Every export of this file is a server action: a public endpoint anyone can call.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { citizenAction } from "@/lib/actions";
import { afterPortalLogout } from "@/lib/auth/broker";
import { takePendingLogin } from "@/lib/auth/pending-login";
import { startCitizenSession } from "@/lib/auth/session-start";
import { authCookies } from "@/lib/auth/session-token";
import { localizedPath } from "@/lib/i18n/routing";
import { deletionReceiptCookie, deletionReceiptCookieValue } from "./deletion-receipt";
import { changeOwnPassword, createProfileWithMitid, deleteAccess } from "./mutations";
import { serverPasswordProblem } from "./password-policy";
import { newPasswordSchema } from "./schema";
import { getBrugerkodeUsername } from "./queries";

const noFields = z.object({});

/**
 * R1.5 `OPRET MIG`: the citizen accepted the terms after logging in with MitID. The
 * profile is created and the citizen lands on the front page with a welcome message.
 */
export const createProfile = citizenAction({ schema: noFields, access: "public" }, async ({ locale }) => {
  const pending = await takePendingLogin("creation");
  if (!pending) redirect(`${localizedPath(locale, "/log-ind/fejl")}?aarsag=udloebet`);
  const { citizenId } = await createProfileWithMitid({ cpr: pending.cpr, name: pending.name });
  await startCitizenSession({ citizenId, method: "mitid", idToken: pending.idToken });
  redirect(`${localizedPath(locale, "/")}?velkommen=ny`);
});

/**
 * R1.6 `SLET ADGANG`: deletes the citizen's access at once, ends all their sessions and
 * shows a receipt (after the MitID broker's logout, when they logged in with MitID).
 */
export const deleteMyAccess = citizenAction({ schema: noFields, access: "citizen" }, async ({ locale }, { citizen }) => {
  const deletion = await deleteAccess({ citizenId: citizen.citizenId });
  const store = await cookies();
  const { name, options } = authCookies().sessionToken;
  store.set(name, "", { ...options, maxAge: 0 });
  if (deletion) {
    const receipt = deletionReceiptCookie();
    store.set(receipt.name, deletionReceiptCookieValue({ citizenId: citizen.citizenId, reference: deletion.reference }), receipt.options);
  }
  redirect(await afterPortalLogout({ idToken: citizen.idToken, locale, returnTo: "/profil/slet-adgang/kvittering" }));
});

/**
 * After a one-time password the citizen chooses their own: the form's rules, plus the ones
 * only the server knows (the common-password list, their username).
 */
export const chooseNewPassword = citizenAction(
  { schema: newPasswordSchema, access: "citizen-changing-password" },
  async ({ password, locale }, { citizen }) => {
    const username = await getBrugerkodeUsername({ citizenId: citizen.citizenId });
    if (!username) throw new Error("a citizen changing their password has no brugerkoder");
    const problem = serverPasswordProblem(password, username);
    if (problem) return { status: "error" as const, fieldErrors: { password: [problem] }, values: {} };
    await changeOwnPassword({ citizenId: citizen.citizenId, password });
    redirect(`${localizedPath(locale, "/")}?adgangskode=ny`);
  },
);
