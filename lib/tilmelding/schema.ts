import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { AKASSE_CODES } from "./akasser";
import { normalizeEmail, phoneProblem } from "./contact";
import { danishToday, readFirstDay } from "./first-day";

// `Tilmelding`'s forms (R1.7), one per step, shared by the browser and the server actions.
// Messages are keys under `tilmelding.errors`.

/** A field that may be left out of a post (an unchosen radio group sends nothing) reads as empty. */
const field = (max: number) => z.preprocess((value) => value ?? "", text().max(max, "tooLong"));

/** Whether the citizen came from `Tjek dine svar` to change an answer, and goes back there after. */
const tilbageTil = z.enum(["tjek"]).optional().catch(undefined);

/**
 * The first day of unemployment, in three fields (day, month, year): a real date no more than
 * 14 days back and no more than 3 months ahead of today in Denmark (lib/tilmelding/first-day.ts).
 * One message at a time, at the field the error summary should link to.
 */
export const firstDaySchema = z.object({ day: field(10), month: field(10), year: field(10), tilbageTil }).superRefine((value, context) => {
  const read = readFirstDay(value, danishToday());
  if ("error" in read) context.addIssue({ code: "custom", message: read.error, path: [read.field] });
});

/** A-kasse membership: yes or no, and for a member which a-kasse on the list. */
export const akasseSchema = z
  .object({
    member: z.preprocess((value) => value ?? "", z.enum(["ja", "nej"], "memberMissing")),
    akasse: field(40),
    tilbageTil,
  })
  .refine((value) => value.member !== "ja" || (AKASSE_CODES as readonly string[]).includes(value.akasse), {
    message: "akasseMissing",
    path: ["akasse"],
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "member"),
  });

/**
 * How the jobcenter can reach the citizen: a phone number and an e-mail address, at least one
 * of them (the two fields are one group; its error is linked to the phone field, the first). A
 * Danish number may be written without +45; any other must start with its country code; an
 * extension is refused (lib/tilmelding/contact.ts). The e-mail address comes out with its
 * domain in lower case.
 */
export const contactSchema = z
  .object({
    phone: field(40)
      .transform((value) => value.trim())
      .superRefine((value, context) => {
        const problem = value ? phoneProblem(value) : null;
        if (problem) context.addIssue({ code: "custom", message: problem });
      }),
    email: field(254)
      .transform((value) => value.trim())
      .refine((value) => !value || normalizeEmail(value) !== null, "emailInvalid")
      .transform((value) => (value ? (normalizeEmail(value) ?? value) : value)),
    tilbageTil,
  })
  .refine((value) => value.phone || value.email, {
    message: "contactMissing",
    path: ["phone"],
    when: (payload) => payload.issues.length === 0,
  });

/** `Send` on `Tjek dine svar`: nothing but the page's language, which every citizen form sends. */
export const sendSchema = z.object({});

export type FirstDayInput = z.input<typeof firstDaySchema>;
export type AkasseInput = z.input<typeof akasseSchema>;
export type ContactInput = z.input<typeof contactSchema>;

registerFormMessages("tilmelding.errors", firstDaySchema, akasseSchema, contactSchema, sendSchema);
