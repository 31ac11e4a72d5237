// The mail and SMS catcher as a program of its own: `npx tsx mail-catcher/server.ts`.
// scripts/portal.ts starts the same catcher inside npm start and the browser tests.
import { startMailCatcher } from "./catcher";

const catcher = await startMailCatcher({
  httpPort: Number(process.env.MAIL_CATCHER_PORT ?? 3002),
  smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 2525),
  // Default 127.0.0.1: its page and API show every code it caught, to anyone who reaches them.
  host: process.env.MAIL_CATCHER_HOST || undefined,
  smsToken: process.env.SMS_GATEWAY_TOKEN ?? "jobnet-catcher-token",
});
console.log(`Mail and SMS catcher: ${catcher.url} (SMTP on port ${catcher.smtpPort})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await catcher.close();
    process.exit(0);
  });
}
