"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and acts on that citizen's own registration only (the session's
// citizen id; no id is taken from the form).

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { danishToday, readFirstDay } from "./first-day";
import { saveTilmeldingAkasse, saveTilmeldingContact, saveTilmeldingFirstDay, sendTilmelding } from "./mutations";
import { akasseSchema, contactSchema, firstDaySchema, sendSchema } from "./schema";
import { pathAfter, type TilmeldingStep } from "./steps";

/** After a saved step: the next step, or `Tjek dine svar`; the browser's own Back shows what was saved. */
function onwards(locale: Locale, step: TilmeldingStep, tilbageTil: "tjek" | undefined): never {
  revalidatePath(localizedPath(locale, "/tilmelding"), "layout");
  redirect(localizedPath(locale, pathAfter(step, { backToSummary: tilbageTil === "tjek" })));
}

/** `Næste` on the first day of unemployment. */
export const saveTilmeldingFirstDayAction = citizenAction(
  { schema: firstDaySchema, access: "citizen" },
  async ({ locale, day, month, year, tilbageTil }, { citizen }) => {
    const read = readFirstDay({ day, month, year }, danishToday());
    // The schema has refused anything else; this only narrows the type.
    if (!("firstDay" in read)) return { status: "error", fieldErrors: { [read.field]: [read.error] }, values: { day, month, year } };
    await saveTilmeldingFirstDay({ citizenId: citizen.citizenId, firstDay: read.firstDay });
    onwards(locale, "firstDay", tilbageTil);
  },
);

/** `Næste` on a-kasse membership. */
export const saveTilmeldingAkasseAction = citizenAction(
  { schema: akasseSchema, access: "citizen" },
  async ({ locale, member, akasse, tilbageTil }, { citizen }) => {
    await saveTilmeldingAkasse({ citizenId: citizen.citizenId, member: member === "ja", akasse: member === "ja" ? akasse : null });
    onwards(locale, "akasse", tilbageTil);
  },
);

/** `Næste` on the contact details. */
export const saveTilmeldingContactAction = citizenAction(
  { schema: contactSchema, access: "citizen" },
  async ({ locale, phone, email, tilbageTil }, { citizen }) => {
    await saveTilmeldingContact({ citizenId: citizen.citizenId, phone, email });
    onwards(locale, "contact", tilbageTil);
  },
);

/** `Send` on `Tjek dine svar`: sends the registration (once, however often it is pressed) and opens the receipt. */
export const sendTilmeldingAction = citizenAction({ schema: sendSchema, access: "citizen" }, async ({ locale }, { citizen }) => {
  await sendTilmelding({ citizenId: citizen.citizenId });
  revalidatePath(localizedPath(locale, "/tilmelding"), "layout");
  redirect(localizedPath(locale, "/tilmelding/kvittering"));
});
