import { z } from "zod";
import { text } from "@/lib/validation";
import { registerFormMessages } from "@/lib/form-messages";
import { cprSchema } from "@/lib/identity/schema";

/**
 * The special support request (R1.8), shared by the form in the browser and the server
 * action. Messages are translation keys under `supportRequest.errors`.
 */
export const supportRequestSchema = z.object({
  name: text().trim().min(1, "nameMissing").max(200, "nameTooLong"),
  cpr: cprSchema,
  phone: text()
    .trim()
    .min(1, "phoneMissing")
    .transform((value) => value.replace(/[\s-]/g, "").replace(/^(\+45|0045)/, ""))
    .pipe(text().regex(/^\d{8}$/, "phoneInvalid")),
  situation: text().trim().min(1, "situationMissing").max(2000, "situationTooLong"),
});

export type SupportRequestInput = z.input<typeof supportRequestSchema>;

registerFormMessages("supportRequest.errors", supportRequestSchema);

/** The support desk's `Markér som behandlet`: which request. Shown by an ActionForm, whose problems are keys under `errors`. */
export const supportRequestIdSchema = z.object({ requestId: z.uuid() });

registerFormMessages("errors", supportRequestIdSchema);
