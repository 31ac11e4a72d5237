import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { findPostnummer } from "@/lib/jobsearch/postnumre";
import { text } from "@/lib/validation";
import { danishToday, isRealDay, shiftYears } from "./days";
import { JOBLOG_KINDS, JOBLOG_MAX_LENGTH, JOBLOG_STATUSES, JOBLOG_YEARS_AHEAD, JOBLOG_YEARS_BACK } from "./options";
import { cleanJoblogText } from "./text";

// The joblog's forms (R3.2), shared by the browser and the server actions. Messages are keys
// under `joblog.errors`. Texts are taken as written: `<` and `>` are not refused here but
// removed when the entry is saved (lib/joblog/mutations.ts), and nothing else is changed —
// not even spaces at the ends — so the citizen gets back exactly what they wrote.

/** Whether a text says anything once `<` and `>` are removed: spaces alone say nothing. */
const saysSomething = (value: string) => cleanJoblogText(value).trim() !== "";

/** A text the entry must have: something besides `<`, `>` and spaces, at most `max` characters. */
const requiredText = (max: number, missing: string, tooLong: string) => text().max(max, { message: tooLong, abort: true }).refine(saysSomething, missing);

/** A text the entry may leave empty, at most `max` characters. */
const optionalText = (max: number, tooLong: string) => text().max(max, tooLong).optional().default("");

/** One joblog entry as the citizen writes it, on `Tilføj` and on `Ret`. */
export const joblogEntrySchema = z.object({
  title: requiredText(JOBLOG_MAX_LENGTH.title, "titleMissing", "titleTooLong"),
  employer: requiredText(JOBLOG_MAX_LENGTH.employer, "employerMissing", "employerTooLong"),
  street: optionalText(JOBLOG_MAX_LENGTH.street, "streetTooLong"),
  // A postcode is a code, not the citizen's words: spaces around it are dropped.
  postcode: text()
    .trim()
    .regex(/^(\d{4})?$/, { message: "postcodeFormat", abort: true })
    .refine((value) => value === "" || findPostnummer(value) !== null, "postcodeUnknown")
    .optional()
    .default(""),
  city: optionalText(JOBLOG_MAX_LENGTH.city, "cityTooLong"),
  appliedOn: text()
    .trim()
    .min(1, { message: "dateMissing", abort: true })
    .refine(isRealDay, { message: "dateInvalid", abort: true })
    .refine((day) => day >= shiftYears(danishToday(), -JOBLOG_YEARS_BACK), { message: "dateTooEarly", abort: true })
    .refine((day) => day <= shiftYears(danishToday(), JOBLOG_YEARS_AHEAD), "dateTooLate"),
  // An unchosen radio group sends nothing: that is a missing choice too.
  status: z.enum(JOBLOG_STATUSES, "statusMissing"),
  kind: z.enum(JOBLOG_KINDS, "kindMissing"),
  note: optionalText(JOBLOG_MAX_LENGTH.note, "noteTooLong"),
});

/** What the entry form sends. */
export type JoblogEntryFormValues = z.input<typeof joblogEntrySchema>;
/** An entry as the schema passes it on, before `<` and `>` are removed on saving. */
export type JoblogEntryInput = z.output<typeof joblogEntrySchema>;

/** `Gem ændringer` on an entry's page: the entry, which one, and the version the citizen opened (so a change made meanwhile in another window is not overwritten). */
export const editJoblogEntrySchema = joblogEntrySchema.extend({
  entryId: z.uuid(),
  version: z.coerce.number().int().min(1),
});

export type EditJoblogEntryFormValues = z.input<typeof editJoblogEntrySchema>;

/** `Slet` on an entry's page and `Fortryd` after deleting: which entry. */
export const joblogEntryIdSchema = z.object({ entryId: z.uuid() });

/** `Gem i joblog` on a job ad: which ad. */
export const saveJobAdSchema = z.object({ jobAdId: z.coerce.number().int().min(1).max(2_147_483_647) });

registerFormMessages("joblog.errors", joblogEntrySchema, editJoblogEntrySchema, joblogEntryIdSchema, saveJobAdSchema);
