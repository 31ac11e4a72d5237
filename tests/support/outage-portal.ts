// A second production portal on its own fresh PostgreSQL database, reached through a TCP
// proxy the test controls, with its log lines captured: for tests that take the database
// away (tests/e2e/resilience). Needs TEST_DATABASE_URL.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startPortal, type RunningPortal } from "@/scripts/portal";
import { TcpProxy } from "./tcp-proxy";

export interface OutagePortal {
  portal: RunningPortal;
  proxy: TcpProxy;
  /** The portal's database, directly (not through the proxy). */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Starts the portal on ports `port` and `port + 1`, seeded with the demo data. */
export async function startOutagePortal(port: number, env: Record<string, string> = {}): Promise<OutagePortal> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("startOutagePortal needs TEST_DATABASE_URL");
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const databaseName = `jobnet_outage_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`CREATE DATABASE "${databaseName}"`);
  const server = new URL(baseUrl);
  const proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
  const databaseUrl = new URL(baseUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const stopDatabase = async () => {
    await proxy.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  };
  let portal: RunningPortal;
  try {
    portal = await startPortal({
      port,
      simulatorPort: port + 1,
      env: { DATABASE_URL: proxy.urlFor(databaseUrl.toString()), JOBNET_SEED_DEMO: "1", ...env },
      output: "capture",
    });
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  return {
    portal,
    proxy,
    databaseUrl: databaseUrl.toString(),
    async stop() {
      await portal.stop();
      await stopDatabase();
    },
  };
}
