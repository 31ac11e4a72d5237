import { z } from "zod";

// Where e-mail and SMS go. The defaults are the development stand-ins (mail-catcher/), which
// `npm start` and the browser tests run beside the portal; production sets all five
// (.env.example).
const notificationConfigSchema = z.object({
  /** The SMTP server, e.g. `smtps://user:password@smtp.example.dk:465` or `smtp://localhost:2525`. */
  SMTP_URL: z.string().min(1).default("smtp://localhost:2525"),
  /** The sender of every e-mail, e.g. `Jobnet <noreply@jobnet.dk>`. */
  MAIL_FROM: z.string().min(3).default("Jobnet <noreply@jobnet.example.dk>"),
  /** The SMS gateway's send endpoint: a POST with a bearer token and `{ from, to, text }` as JSON. */
  SMS_GATEWAY_URL: z.url().default("http://localhost:3002/api/sms"),
  SMS_GATEWAY_TOKEN: z.string().min(1).default("jobnet-catcher-token"),
  /** The sender name the citizen's phone shows (at most 11 letters and digits). */
  SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9]{1,11}$/)
    .default("Jobnet"),
});

export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

let cached: NotificationConfig | undefined;

/** The e-mail and SMS settings, read from the environment once and checked. */
export function notificationConfig(): NotificationConfig {
  if (cached) return cached;
  const parsed = notificationConfigSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Jobnet's e-mail and SMS are not configured correctly: ${problems}. See .env.example.`);
  }
  cached = parsed.data;
  return cached;
}
