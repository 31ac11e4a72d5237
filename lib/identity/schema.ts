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

