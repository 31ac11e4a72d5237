// Starts the portal as it runs in production (server.ts's bundle on the last build) with the
// MitID simulator and the mail and SMS catcher beside it: used by `npm start`, the browser
// tests and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMailCatcher } from "../mail-catcher/catcher";

const root = path.resolve(import.meta.dirname, "..");
/** The SMS gateway token and e-mail sender the portal uses with its own catcher, unless set. */
const CATCHER_SMS_TOKEN = "jobnet-catcher-token";
const CATCHER_MAIL_FROM = "Jobnet <noreply@jobnet.example.dk>";
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export interface PortalOptions {
  port: number;
  simulatorPort: number;
  /** The mail and SMS catcher's web page, API and SMS gateway; default any free port. */
  catcherPort?: number;
  /** The catcher's SMTP port; default any free port. */
  catcherSmtpPort?: number;
  /** A fresh, empty embedded database in a temporary folder, removed on stop (tests, benchmark). */
  freshDatabase?: boolean;
  /** Settings for this portal on top of the environment, e.g. its own DATABASE_URL (tests). */
  env?: Record<string, string>;
  /**
   * Where the child processes' output goes: to this process's, nowhere, or kept as text
   * for `output()` (a test reading the server's log lines).
   */
  output?: "inherit" | "ignore" | "capture";
  /** A folder for a V8 CPU profile of the portal's server process, written when it stops (`npm run bench -- --profile`). */
  cpuProfileDir?: string;
}

export interface RunningPortal {
  appUrl: string;
  simulatorUrl: string;
  /** The mail and SMS catcher: its page, and `GET`/`DELETE /api/messages`. */
  catcherUrl: string;
  stop(): Promise<void>;
  /** Resolves when either process exits by itself, which means something went wrong. */
  exited: Promise<{ name: string; code: number | null }>;
  /** Everything the portal, the simulator and the database setup wrote to stdout and stderr so far, with `output: "capture"`. */
  output(): string;
  /** The process id of the portal's server command (the benchmark reads its memory). */
  appPid: number | undefined;
}

/** The session secret for local runs: kept under .data so sessions survive a restart. */
function localSecret(): string {
  const file = path.join(root, ".data", "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, output: "inherit" | "ignore" | "capture", captured: string[]): ChildProcess {
  if (output !== "capture") return spawn(command, args, { cwd: root, env, stdio: ["ignore", output, output] });
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => captured.push(chunk));
  }
  return child;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} did not start: its process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const output = options.output ?? "inherit";
  const serverBundle = path.join(root, ".next", "jobnet-server.mjs");
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(serverBundle)) {
    throw new Error("There is no production build. Run `npm run build` (npm start and npm test do it for you).");
  }
  const appUrl = `http://localhost:${options.port}`;
  const simulatorUrl = `http://localhost:${options.simulatorPort}`;
  const freshDir = options.freshDatabase ? mkdtempSync(path.join(os.tmpdir(), "jobnet-db-")) : undefined;
  const captured: string[] = [];
  // In this process: it keeps its messages in memory, for the page and the tests' API calls.
  const catcher = await startMailCatcher({
    httpPort: options.catcherPort ?? 0,
    smtpPort: options.catcherSmtpPort ?? 0,
    // Default 127.0.0.1: its page and API show every code it caught, to anyone who reaches them.
    host: process.env.MAIL_CATCHER_HOST || undefined,
    smsToken: process.env.SMS_GATEWAY_TOKEN || CATCHER_SMS_TOKEN,
  });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (freshDir ? randomBytes(48).toString("base64url") : localSecret()),
    MITID_ISSUER: process.env.MITID_ISSUER ?? simulatorUrl,
    MITID_SIMULATOR_PORT: String(options.simulatorPort),
    MITID_SIMULATOR_APP_URLS: process.env.MITID_SIMULATOR_APP_URLS ?? appUrl,
    // Production requires every one of these (lib/notifications/config.ts): unless given, the catcher's.
    SMTP_URL: process.env.SMTP_URL || catcher.smtpUrl,
    MAIL_FROM: process.env.MAIL_FROM || CATCHER_MAIL_FROM,
    SMS_GATEWAY_URL: process.env.SMS_GATEWAY_URL || catcher.smsGatewayUrl,
    SMS_GATEWAY_TOKEN: process.env.SMS_GATEWAY_TOKEN || CATCHER_SMS_TOKEN,
    ...(freshDir ? { PGLITE_DATA_DIR: path.join(freshDir, "pglite"), DATABASE_URL: "" } : {}),
    ...options.env,
  };
  if (freshDir && !options.env?.DATABASE_URL) delete env.DATABASE_URL;

  // The seed publishes the demo plans through the plans' own (server-only) functions.
  const setup = run(bin("tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], env, output, captured);
  if ((await exitOf(setup)) !== 0) {
    await catcher.close();
    throw new Error(`The database could not be migrated and seeded${output === "capture" ? `:\n${captured.join("")}` : ""}`);
  }

  const simulator = run(bin("tsx"), ["mitid-simulator/server.ts"], env, output, captured);
  // The portal's server as production runs it: the bundle `npm run build` makes, with plain Node.
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const app = run(process.execPath, [...profile, serverBundle], { ...env, PORT: String(options.port) }, output, captured);
  const children = [
    { name: "MitID simulator", child: simulator },
    { name: "Jobnet", child: app },
  ];

  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const { child } of children) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(children.map(({ child }) => exitOf(child)));
    await catcher.close();
    if (freshDir) rmSync(freshDir, { recursive: true, force: true });
  };
  const exited = Promise.race(children.map(async ({ name, child }) => ({ name, code: await exitOf(child) }))).then(async (result) => {
    if (!stopping) await stop();
    return result;
  });

  try {
    await Promise.all([
      waitForHttp(`${simulatorUrl}/.well-known/openid-configuration`, simulator),
      // Readiness, not liveness: the portal is up when it answers and its database does.
      waitForHttp(`${appUrl}/api/health`, app),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { appUrl, simulatorUrl, catcherUrl: catcher.url, stop, exited, output: () => captured.join(""), appPid: app.pid };
}
