"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and acts on that citizen's own sick and well reports only: the
// citizen id comes from the session, never from the form.

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { setResponseStatus } from "@/lib/http/request-context";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { danishToday, readSygdomDay, sygdomDayError } from "./days";
import { reportSygdom, SygdomReportRefusedError } from "./mutations";
import { getSygdomStatus } from "./queries";
import { confirmSygdomSchema, sygdomDaySchema } from "./schema";
import { refusalFor } from "./state";

/** Where each kind of report lives: `/meld-syg`, `/meld-rask`. */
const ADDRESS = { syg: "/meld-syg", rask: "/meld-rask" } as const;

/** The confirmation page of a report of `kind` from `fromDay`, made with `submissionKey`. */
function confirmationPath(locale: Locale, kind: keyof typeof ADDRESS, fromDay: string, submissionKey: string): string {
  return `${localizedPath(locale, `${ADDRESS[kind]}/bekraeft`)}?dag=${fromDay}&noegle=${submissionKey}`;
}

/**
 * `Næste` on `/meld-syg` or `/meld-rask` (R4.2): checks the day, and that the report can follow
 * the citizen's status, and shows the confirmation page with the day and a new submission key
 * in its address, so a reload or the browser's Back shows the same page with the same key.
 * Nothing is stored: the report is made only by `Bekræft` there.
 */
export const reviewSygdomReport = citizenAction({ schema: sygdomDaySchema, access: "citizen" }, async ({ locale, kind, day, month, year }, { citizen }) => {
  const read = readSygdomDay({ day, month, year }, danishToday());
  // The schema has refused anything else (unless midnight passed in between); this narrows the type.
  if ("error" in read) return { status: "error", fieldErrors: { [read.field]: [read.error] }, values: { kind, day, month, year } };
  const refusal = refusalFor(await getSygdomStatus({ citizenId: citizen.citizenId }), { kind, fromDay: read.fromDay });
  if (refusal) {
    setResponseStatus(409);
    return { status: "error", fieldErrors: { day: [refusal] }, values: { kind, day, month, year } };
  }
  redirect(confirmationPath(locale, kind, read.fromDay, randomUUID()));
});

/**
 * `Bekræft` on the confirmation page (R4.2): makes the report — once, however often the page is
 * sent (its submission key) — and shows its receipt. A report that can no longer be made (the
 * citizen reported from another tab, or the page was left open over midnight) goes back to the
 * confirmation page, which says why with its status (409, 400) and the way on — the same page
 * with JavaScript as without.
 */
export const confirmSygdomReport = citizenAction(
  { schema: confirmSygdomSchema, access: "citizen" },
  async ({ locale, kind, fromDay, submissionKey }, { citizen }) => {
    const again = confirmationPath(locale, kind, fromDay, submissionKey);
    if (sygdomDayError(fromDay, danishToday())) redirect(again);
    let reference: string;
    try {
      ({ reference } = await reportSygdom({ citizenId: citizen.citizenId, kind, fromDay, submissionKey }));
    } catch (error) {
      if (error instanceof SygdomReportRefusedError) redirect(again);
      throw error;
    }
    // The overview's card and the menu's way in follow the new status, also on the browser's Back.
    revalidatePath(localizedPath(locale, "/"), "layout");
    redirect(`${localizedPath(locale, `${ADDRESS[kind]}/kvittering`)}?reference=${reference}`);
  },
);
