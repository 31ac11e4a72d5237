import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { danishToday, earliestReportDay, isRealDay } from "./days";

// The forms of `Meld syg/rask` (R4.2), shared by the browser and the server actions. Messages
// are keys under `sygdom.errors`. The day is checked against today in Danish time each time
// the form is sent, so a page left open over midnight is checked against the new day.

export const SYGDOM_KINDS = ["syg", "rask"] as const;

/** The first sick day (syg) or first well day (rask): a real day, today or up to SYGDOM_DAYS_BACK days back. */
const fromDay = text()
  .trim()
  .min(1, { message: "dateMissing", abort: true })
  .refine(isRealDay, { message: "dateInvalid", abort: true })
  .refine((day) => day <= danishToday(), { message: "dateInFuture", abort: true })
  .refine((day) => day >= earliestReportDay(danishToday()), "dateTooEarly");

/** `Næste` on `/meld-syg` and `/meld-rask`: what is reported, and from which day. Nothing is stored. */
export const sygdomDaySchema = z.object({
  kind: z.enum(SYGDOM_KINDS, "kindMissing"),
  fromDay,
});

export type SygdomDayFormValues = z.input<typeof sygdomDaySchema>;

/**
 * `Bekræft` on the confirmation page: the same day and kind again (the page holds them in
 * hidden fields), and the submission key the page was made with, so the report is made once
 * however often the page is sent.
 */
export const confirmSygdomSchema = sygdomDaySchema.extend({
  submissionKey: z.uuid("submissionKeyInvalid"),
});

export type ConfirmSygdomInput = z.output<typeof confirmSygdomSchema>;

registerFormMessages("sygdom.errors", sygdomDaySchema, confirmSygdomSchema);
