import { z } from "zod";
import { text } from "@/lib/validation";
import { registerFormMessages } from "@/lib/form-messages";

/**
 * The brugerkode login form, shared by the browser (react-hook-form) and the server (the
 * Credentials provider). Messages are translation keys under `brugerkodeLogin.errors`.
 */
export const brugerkodeLoginSchema = z.object({
  username: text().trim().min(1, "usernameMissing").max(64, "usernameTooLong"),
  password: text().min(1, "passwordMissing").max(256, "passwordTooLong"),
});

export type BrugerkodeLoginInput = z.infer<typeof brugerkodeLoginSchema>;

/**
 * `Opret dig med MitID`: the citizen must tick `Jeg har læst Politik om persondata` before
 * going to MitID. Checked in the browser and again where the form is received.
 */
export const creationConsentSchema = z.object({
  persondata: z.literal("on", { message: "persondataMissing" }),
});

export type CreationConsentInput = z.input<typeof creationConsentSchema>;

/** A CPR number: ten digits, a dash after the birth date accepted. Messages are keys under `staff.errors`. */
export const cprSchema = text()
  .trim()
  .min(1, "cprMissing")
  .transform((value) => value.replace(/^(\d{6})[- ]?(\d{4})$/, "$1$2"))
  .pipe(text().regex(/^\d{10}$/, "cprInvalid"));

/**
 * Password rules after NIST SP 800-63B rev. 4 for a password that is the only factor:
 * at least 15 characters, long passphrases accepted, no composition rules; the server also
 * refuses known-common passwords and ones containing the username (password-policy.ts).
 */
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 128;

/** The new-password form, shared by the browser and the server. Messages are keys under `newPassword.errors`. */
export const newPasswordSchema = z
  .object({
    password: text().min(MIN_PASSWORD_LENGTH, "tooShort").max(MAX_PASSWORD_LENGTH, "tooLong"),
    repeat: text().min(1, "repeatMissing"),
  })
  .refine((input) => input.password === input.repeat, { message: "notTheSame", path: ["repeat"] });

export type NewPasswordInput = z.input<typeof newPasswordSchema>;

registerFormMessages("brugerkodeLogin.errors", brugerkodeLoginSchema);
registerFormMessages("creation.errors", creationConsentSchema);
registerFormMessages("newPassword.errors", newPasswordSchema);

// Forms of the staff tools that search and change citizens' access, shared by browser and
// server. Messages are keys under `staff.errors`.

const staffReason = text().trim().min(1, "reasonMissing").max(500, "reasonTooLong");

export const cprSearchSchema = z.object({ cpr: cprSchema });

export const supportSearchSchema = z.object({ query: text().trim().min(1, "queryMissing").max(64, "queryMissing") });

export const createProfileSchema = z.object({
  cpr: cprSchema,
  name: text().trim().min(1, "nameMissing").max(200, "nameTooLong"),
  reason: staffReason,
});

export const flagChangeSchema = z.object({
  citizenId: z.uuid(),
  flagged: z.enum(["ja", "nej"]).transform((value) => value === "ja"),
  reason: staffReason,
});

export const citizenIdSchema = z.object({ citizenId: z.uuid() });

registerFormMessages("staff.errors", cprSearchSchema, supportSearchSchema, createProfileSchema, flagChangeSchema, citizenIdSchema);
