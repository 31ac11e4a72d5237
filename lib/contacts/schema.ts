import { isPossiblePhoneNumber } from "libphonenumber-js";
import { z } from "zod";
import { text } from "@/lib/validation";
import { registerFormMessages } from "@/lib/form-messages";

// The jobcenter's form for a contact person, shared by browser and server. Messages are keys
// under `staff.contacts.errors`.

const optional = (max: number) => text().trim().max(max, "tooLong").optional().default("");

export const contactPersonSchema = z.object({
  citizenId: z.uuid(),
  role: z.enum(["caseworker", "mentor", "akasse"], "roleMissing"),
  name: text().trim().min(1, "nameMissing").max(200, "tooLong"),
  organisation: optional(200),
  // Danish numbers may be written without +45; anything else must say its country code.
  phone: optional(40).refine((value) => !value || isPossiblePhoneNumber(value, "DK"), "phoneInvalid"),
  email: optional(254).refine((value) => !value || z.email().safeParse(value).success, "emailInvalid"),
});

export type ContactPersonInput = z.output<typeof contactPersonSchema>;

export const removeContactPersonSchema = z.object({ citizenId: z.uuid(), contactPersonId: z.uuid() });

registerFormMessages("staff.contacts.errors", contactPersonSchema);
// Shown by an ActionForm, whose problems are keys under `errors`.
registerFormMessages("errors", removeContactPersonSchema);
