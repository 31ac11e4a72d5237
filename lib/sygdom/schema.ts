import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { danishToday, isRealDay, readSygdomDay } from "./days";

// The forms of `Meld syg/rask` (R4.2), shared by the browser and the server actions. Messages
// are keys under `sygdom.errors`.

export const SYGDOM_KINDS = ["syg", "rask"] as const;

/** One of the day's three fields; a field missing from the post reads as empty. */
const datePart = z.preprocess((value) => value ?? "", text().max(10, "dateInvalid"));

/**
 * `Næste` on `/meld-syg` and `/meld-rask`: what is reported, and from which day, typed as day,
 * month and year (GOV.UK's date input): a real day, today or up to SYGDOM_DAYS_BACK days back.
 * One message at a time, at the field the error summary should link to. `today` is the day in
 * Denmark the check counts from: the server's, always — the action's schema reads it each time
 * the form is sent (a page left open over midnight is checked against the new day), and the
 * browser's is given the day the server said when it made the page, never the device's clock.
 * Nothing is stored.
 */
export function sygdomDaySchemaOn(today: () => string) {
  const schema = z.object({ kind: z.enum(SYGDOM_KINDS, "kindMissing"), day: datePart, month: datePart, year: datePart }).superRefine((value, context) => {
    const read = readSygdomDay(value, today());
    if ("error" in read) context.addIssue({ code: "custom", message: read.error, path: [read.field] });
  });
  registerFormMessages("sygdom.errors", schema);
  return schema;
}

/** The day form's schema as the action parses it, against today in Denmark. */
export const sygdomDaySchema = sygdomDaySchemaOn(danishToday);

export type SygdomDayFormValues = z.input<typeof sygdomDaySchema>;

/**
 * `Bekræft` on the confirmation page: the kind and the day (`yyyy-mm-dd`) the page holds in
 * hidden fields, and the submission key the page was made with, so the report is made once
 * however often the page is sent. Whether the day is still allowed today is the action's to
 * decide (lib/sygdom/days.ts `sygdomDayError`), so a refusal shows the confirmation page's own
 * message, with or without JavaScript.
 */
export const confirmSygdomSchema = z.object({
  kind: z.enum(SYGDOM_KINDS, "kindMissing"),
  fromDay: text().refine(isRealDay, "dateInvalid"),
  submissionKey: z.uuid("submissionKeyInvalid"),
});

export type ConfirmSygdomInput = z.output<typeof confirmSygdomSchema>;

registerFormMessages("sygdom.errors", confirmSygdomSchema);
