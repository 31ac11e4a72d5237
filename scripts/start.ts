// `npm start`: the portal and the MitID simulator, on the embedded database (or DATABASE_URL),
// migrated and seeded with the demo data. Ctrl-C stops both.
import { startPortal } from "./portal";

const portal = await startPortal({
  port: Number(process.env.PORT ?? 3000),
  simulatorPort: Number(process.env.MITID_SIMULATOR_PORT ?? 3001),
  freshDatabase: process.env.JOBNET_FRESH_DATABASE === "1",
});

console.log(`
Jobnet is running.
  Portal:          ${portal.appUrl}
  MitID simulator: ${portal.simulatorUrl}

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
