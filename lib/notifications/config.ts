import { z } from "zod";

// Where e-mail and SMS go. Outside production the defaults are the development stand-ins
// (mail-catcher/); in production (NODE_ENV=production) SMTP_URL, MAIL_FROM, SMS_GATEWAY_URL and
// SMS_GATEWAY_TOKEN must be set, so a portal never sends citizens' codes to a catcher by
// mistake. scripts/portal.ts, which runs the production build for `npm start`, the browser
// tests and the bench, sets all four to its catcher unless given (.env.example).
const DEVELOPMENT_DEFAULTS = {
  SMTP_URL: "smtp://localhost:2525",
  MAIL_FROM: "Jobnet <noreply@jobnet.example.dk>",
  SMS_GATEWAY_URL: "http://localhost:3002/api/sms",
  SMS_GATEWAY_TOKEN: "jobnet-catcher-token",
} as const;

/** The settings production must be given: no stand-in default there. */
export const REQUIRED_IN_PRODUCTION = ["SMTP_URL", "MAIL_FROM", "SMS_GATEWAY_URL", "SMS_GATEWAY_TOKEN"] as const;

const notificationConfigSchema = z.object({
  /** The SMTP server, e.g. `smtps://user:password@smtp.example.dk:465` or `smtp://localhost:2525`. */
  SMTP_URL: z.string().min(1),
  /** The sender of every e-mail, e.g. `Jobnet <noreply@jobnet.dk>`. */
  MAIL_FROM: z.string().min(3),
  /** The SMS gateway's send endpoint: a POST with a bearer token and `{ from, to, text }` as JSON. */
  SMS_GATEWAY_URL: z.url(),
  SMS_GATEWAY_TOKEN: z.string().min(1),
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
  cached = readNotificationConfig(process.env);
  return cached;
}

/** The e-mail and SMS settings in `env`, checked; throws naming every setting that is missing or wrong. */
export function readNotificationConfig(env: Record<string, string | undefined>): NotificationConfig {
  const production = env.NODE_ENV === "production";
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const missing = production ? REQUIRED_IN_PRODUCTION.filter((name) => given[name] === undefined) : [];
  if (missing.length > 0) {
    throw new Error(`Jobnet's e-mail and SMS are not configured: ${missing.join(", ")} must be set in production. See .env.example.`);
  }
  const parsed = notificationConfigSchema.safeParse(production ? given : { ...DEVELOPMENT_DEFAULTS, ...given });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Jobnet's e-mail and SMS are not configured correctly: ${problems}. See .env.example.`);
  }
  return parsed.data;
}
