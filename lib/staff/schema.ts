import { z } from "zod";
import { text } from "@/lib/validation";
import { registerFormMessages } from "@/lib/form-messages";
import { cprSchema } from "@/lib/identity/schema";
import { routing } from "@/lib/i18n/routing";

// Forms of the staff tools, shared by browser and server. Messages are keys under `staff.errors`.

const locale = z.enum(routing.locales).catch(routing.defaultLocale);
const reason = text().trim().min(1, "reasonMissing").max(500, "reasonTooLong");

export const cprSearchSchema = z.object({ cpr: cprSchema, locale });

export const supportSearchSchema = z.object({ query: text().trim().min(1, "queryMissing").max(64, "queryMissing"), locale });

export const createProfileSchema = z.object({
  cpr: cprSchema,
  name: text().trim().min(1, "nameMissing").max(200, "nameTooLong"),
  reason,
});

export const flagChangeSchema = z.object({
  citizenId: z.uuid(),
  flagged: z.enum(["ja", "nej"]).transform((value) => value === "ja"),
  reason,
});

export const citizenIdSchema = z.object({ citizenId: z.uuid() });

export const supportRequestIdSchema = z.object({ requestId: z.uuid() });

export const staffLogoutSchema = z.object({ locale });

registerFormMessages("staff.errors", cprSearchSchema, supportSearchSchema, createProfileSchema, flagChangeSchema, citizenIdSchema);
// Shown by an ActionForm, whose problems are keys under `errors`.
registerFormMessages("errors", supportRequestIdSchema, staffLogoutSchema);
