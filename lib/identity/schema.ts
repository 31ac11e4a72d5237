import { z } from "zod";

/**
 * The brugerkode login form, shared by the browser (react-hook-form) and the server (the
 * Credentials provider). Messages are translation keys under `brugerkodeLogin.errors`.
 */
export const brugerkodeLoginSchema = z.object({
  username: z.string().trim().min(1, "usernameMissing").max(64, "usernameTooLong"),
  password: z.string().min(1, "passwordMissing").max(256, "passwordTooLong"),
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
