// `npm start`: the portal, the MitID simulator and the mail and SMS catcher, on the embedded database (or DATABASE_URL),
// migrated and seeded with the demo data. Ctrl-C stops both.
import { startPortal } from "./portal";

const portal = await startPortal({
  port: Number(process.env.PORT ?? 3000),
  simulatorPort: Number(process.env.MITID_SIMULATOR_PORT ?? 3001),
  catcherPort: Number(process.env.MAIL_CATCHER_PORT ?? 3002),
  catcherSmtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 2525),
  freshDatabase: process.env.JOBNET_FRESH_DATABASE === "1",
});

console.log(`
Jobnet is running.
  Portal:          ${portal.appUrl}
  MitID simulator: ${portal.simulatorUrl}
  Mail and SMS:    ${portal.catcherUrl} (every e-mail and SMS the portal sends)

Log in with MitID as Anna Andersen, or with brugerkoder as bent.brugerkode / Jobnet-Demo-2022.
Press Ctrl-C to stop.
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await portal.stop();
    process.exit(0);
  });
}

const { name, code } = await portal.exited;
console.error(`${name} stopped unexpectedly (exit code ${code}).`);
process.exit(1);
