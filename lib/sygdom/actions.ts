"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and acts on that citizen's own sick and well reports only: the
// citizen id comes from the session, never from the form.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { setResponseStatus } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";
import { reportSygdom } from "./mutations";
import { getSygdomStatus } from "./queries";
import { confirmSygdomSchema, sygdomDaySchema } from "./schema";
import { refusalFor } from "./state";

/** Where each kind of report lives: `/meld-syg`, `/meld-rask`. */
const ADDRESS = { syg: "/meld-syg", rask: "/meld-rask" } as const;

/**
 * `Næste` on `/meld-syg` or `/meld-rask` (R4.2): checks the day, and that the report can follow
 * the citizen's status, and shows the confirmation page with the day in its address. Nothing
 * is stored: the report is made only by `Bekræft` there.
 */
export const reviewSygdomReport = citizenAction({ schema: sygdomDaySchema, access: "citizen" }, async ({ locale, kind, fromDay }, { citizen }) => {
  const refusal = refusalFor(await getSygdomStatus({ citizenId: citizen.citizenId }), { kind, fromDay });
  if (refusal) {
    setResponseStatus(409);
    return { status: "error", fieldErrors: { fromDay: [refusal] }, values: { kind, fromDay } };
  }
  redirect(`${localizedPath(locale, `${ADDRESS[kind]}/bekraeft`)}?dag=${fromDay}`);
});

/**
 * `Bekræft` on the confirmation page (R4.2): makes the report — once, however often the page is
 * sent (its submission key) — and shows its receipt.
 */
export const confirmSygdomReport = citizenAction(
  { schema: confirmSygdomSchema, access: "citizen" },
  async ({ locale, kind, fromDay, submissionKey }, { citizen }) => {
    const { reference } = await reportSygdom({ citizenId: citizen.citizenId, kind, fromDay, submissionKey });
    // The overview's card and the menu's way in follow the new status, also on the browser's Back.
    revalidatePath(localizedPath(locale, "/"), "layout");
    redirect(`${localizedPath(locale, `${ADDRESS[kind]}/kvittering`)}?reference=${reference}`);
  },
);
