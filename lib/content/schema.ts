import { z } from "zod";
import { text } from "@/lib/validation";
import { registerFormMessages } from "@/lib/form-messages";
import { isDanishLocalTime } from "./danish-time";

// The editors' forms, shared by browser and server. Messages are keys under `editor.errors`.

const required = (max: number) => text().trim().min(1, "required").max(max, "tooLong");

/** A `datetime-local` value in Danish time, or empty for an open end. */
const danishDateTime = text()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { message: "dateTimeInvalid", abort: true })
  .refine(isDanishLocalTime, "dateTimeNonexistent")
  .optional()
  .default("");

/** Which entry is saved (none for a new one) and the version the editor started from. */
const versioned = {
  id: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .default(""),
  expectedVersion: z.coerce.number().int().min(0),
};

// Both ends are in Danish time and the same format, so the strings compare as instants do.
const windowInOrder = (value: { publishFrom: string; publishTo: string }) => !value.publishFrom || !value.publishTo || value.publishFrom < value.publishTo;

export const yellowNoteSchema = z
  .object({
    ...versioned,
    titleDa: required(120),
    titleEn: required(120),
    bodyDa: required(4000),
    bodyEn: required(4000),
    audience: z.enum(["everyone", "logged_out", "logged_in"], "required"),
    placement: z.enum(["front_page", "login_pages"], "required"),
    publishFrom: danishDateTime,
    publishTo: danishDateTime,
  })
  .refine(windowInOrder, { message: "windowOrder", path: ["publishTo"] });

export type YellowNoteInput = z.output<typeof yellowNoteSchema>;

export const faqEntrySchema = z
  .object({
    ...versioned,
    audience: z.enum(["jobsoegere", "arbejdsgivere"], "required"),
    topicDa: required(120),
    topicEn: required(120),
    questionDa: required(300),
    questionEn: required(300),
    answerDa: required(8000),
    answerEn: required(8000),
    sortOrder: z.coerce.number("sortOrderInvalid").int("sortOrderInvalid").min(0, "sortOrderInvalid").max(10000, "sortOrderInvalid"),
    publishFrom: danishDateTime,
    publishTo: danishDateTime,
  })
  .refine(windowInOrder, { message: "windowOrder", path: ["publishTo"] });

export type FaqEntryInput = z.output<typeof faqEntrySchema>;

/** Each kind's form (lib/content/kinds.ts), for the one editor form that serves them all. */
export const entrySchemas = { yellow_note: yellowNoteSchema, faq_entry: faqEntrySchema } as const;

/** Publishing or withdrawing an entry that the editor saw at `expectedVersion`. */
export const statusChangeSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.coerce.number().int().min(1),
  status: z.enum(["published", "withdrawn"]),
});

/** Bringing back the text of an earlier version as a new version. */
export const restoreSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.coerce.number().int().min(1),
  version: z.coerce.number().int().min(1),
});

/** The FAQ's search box: a few words, searched on the server. */
export const faqSearchSchema = z.object({ q: text().trim().max(200, "tooLong").optional().default("") });

registerFormMessages("editor.errors", yellowNoteSchema, faqEntrySchema);
// Shown by an ActionForm, whose problems are keys under `errors`.
registerFormMessages("errors", statusChangeSchema, restoreSchema);
// The FAQ's search box shows its problem beside the box (app/[locale]/_components/faq-page.tsx).
registerFormMessages("faq.searchErrors", faqSearchSchema);
