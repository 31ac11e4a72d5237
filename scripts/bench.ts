// `npm run bench`: starts the production build on a fresh database — embedded, or PostgreSQL
// when BENCH_DATABASE_URL is set — and measures, in one run, the static liveness route (the
// baseline), a blank Next page rendered per request (the framework's floor), the public pages,
// a full brugerkode login and the logged-in front page: requests per second and latency at 10
// connections, p99 at 50, each page's HTML and first-load JavaScript, a blank Next page's
// JavaScript as the reference, and the server's memory before and after; then, in a process of
// its own, the draft purge over 1,000,000 drafts (scripts/bench-purge.ts), and Find job's
// searches on the demo ads and again on 100,000 ads (BENCH_JOB_ADS), and job-agent matching over
// 100,000 ads × 10,000 agents and each doubled (scripts/bench-jobagents.ts). Prints figures;
// asserts nothing. `npm run bench -- --profile` also writes a V8 CPU profile of the server to
// .data/profiles.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { blankNext, scriptSources, startBlankNext } from "./blank-next";
import { occupationTitles } from "@/lib/jobsearch/occupations";
import { startPortal } from "./portal";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const manyConnections = 50;
const root = path.resolve(import.meta.dirname, "..");
const profileDir = process.argv.includes("--profile") ? path.join(root, ".data", "profiles") : undefined;

function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Bytes of the page's HTML, raw and gzipped, and of the JavaScript it loads before any interaction, gzipped. */
async function pageWeight(url: string, headers: Record<string, string> = {}) {
  const html = await (await fetch(url, { headers })).text();
  let javascript = 0;
  for (const source of new Set(scriptSources(html, url))) javascript += gzipSync(Buffer.from(await (await fetch(source)).arrayBuffer())).length;
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, javascriptGzip: javascript };
}

/** Resident memory (bytes) of the portal's server: the process running its bundle (.next/jobnet-server.mjs). */
function serverRss(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const queue = [pid];
  let rss = 0;
  while (queue.length > 0) {
    const current = queue.shift()!;
    queue.push(...(children.get(current) ?? []));
    try {
      if (!readFileSync(`/proc/${current}/cmdline`, "utf8").includes("jobnet-server.mjs")) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, "utf8"))?.[1] ?? 0);
      rss = Math.max(rss, kb * 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return rss;
}

/** Find job's searches, the same at every number of ads: newest first, words ranked, and title + region + hours. */
function jobSearchScenarios(base: string) {
  const title = occupationTitles().find((candidate) => candidate.da === "Sygeplejerske")!.code;
  return [
    { name: "Find job, newest", options: { url: `${base}/job?v=1` }, expectedStatus: 200, page: {} },
    { name: "Find job, words", options: { url: `${base}/job?v=1&q=sygeplejersker` }, expectedStatus: 200, page: {} },
    { name: "Find job, title+region", options: { url: `${base}/job?v=1&stilling=${title}&region=hovedstaden&tid=fuldtid` }, expectedStatus: 200, page: {} },
  ];
}

const blank = blankNext();
const blankJavascript = blank.javascriptGzip;

// One argon2id verify as the portal does it (lib/auth/password.ts), the floor of a brugerkode login.
const demoHash = await hashPassword(DEMO_PASSWORD);
const verifyTimes: number[] = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  await verifyPassword(demoHash, DEMO_PASSWORD);
  verifyTimes.push(performance.now() - start);
}
const argon2Ms = median(verifyTimes);

// With BENCH_DATABASE_URL (a PostgreSQL server the bench may create a database on) the portal
// runs as in production, on PostgreSQL, in a database made for this run and dropped after it;
// without it, on a fresh embedded database inside the server process.
const serverUrl = process.env.BENCH_DATABASE_URL;
const benchDatabase = serverUrl ? `jobnet_bench_${randomBytes(6).toString("hex")}` : undefined;
const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
let databaseUrl: string | undefined;
if (admin && serverUrl && benchDatabase) {
  await admin.unsafe(`create database ${benchDatabase}`);
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabase}`;
  databaseUrl = url.href;
}
const databaseName = databaseUrl ? "PostgreSQL" : "embedded database";

const portal = await startPortal({
  port: 3200,
  simulatorPort: 3201,
  freshDatabase: true,
  output: "ignore",
  cpuProfileDir: profileDir,
  env: databaseUrl ? { DATABASE_URL: databaseUrl, JOBNET_SEED_DEMO: "1" } : {},
});
const base = portal.appUrl;
const blankServer = await startBlankNext(blank.dir, 3202);

try {
  const rssBefore = serverRss(portal.appPid);

  // A CSRF token and its cookie, as a browser holds them when it shows the login form.
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiesFrom(csrfResponse);
  const loginBody = new URLSearchParams({
    csrfToken,
    username: "bent.brugerkode",
    password: DEMO_PASSWORD,
    callbackUrl: `${base}/`,
  }).toString();
  const loginHeaders = { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie };

  const login = await fetch(`${base}/api/auth/callback/brugerkode`, { method: "POST", headers: loginHeaders, body: loginBody, redirect: "manual" });
  if (login.status !== 302 || login.headers.get("location") !== `${base}/`) {
    throw new Error(`The benchmark login did not succeed (status ${login.status}, location ${login.headers.get("location")})`);
  }
  const sessionCookie = cookiesFrom(login);
  const loggedIn = await (await fetch(`${base}/`, { headers: { cookie: sessionCookie } })).text();
  if (!loggedIn.includes("Bent Brugerkode")) throw new Error("The session cookie did not give a logged-in front page");

  type Scenario = { name: string; options: autocannon.Options; expectedStatus: number; page?: Record<string, string> };
  const scenarios: Scenario[] = [
    // The liveness route costs the server nothing; /api/health checks the database, so it is no baseline.
    { name: "liveness (baseline)", options: { url: `${base}/api/health/live` }, expectedStatus: 200 },
    // The same machine's floor for a page rendered per request: a blank Next page, no shell, no data.
    { name: "blank Next page, dynamic", options: { url: "http://localhost:3202/dynamic" }, expectedStatus: 200, page: {} },
    { name: "readiness (1 query)", options: { url: `${base}/api/health` }, expectedStatus: 200 },
    { name: "front page, logged out", options: { url: `${base}/` }, expectedStatus: 200, page: {} },
    { name: "front page /en", options: { url: `${base}/en` }, expectedStatus: 200, page: {} },
    { name: "FAQ for job seekers", options: { url: `${base}/hjaelp/faq-jobsoegere` }, expectedStatus: 200, page: {} },
    { name: "read-aloud help", options: { url: `${base}/hjaelp/hoejtlaesning` }, expectedStatus: 200, page: {} },
    { name: "brugerkode login page", options: { url: `${base}/log-ind/brugerkoder` }, expectedStatus: 200, page: {} },
    {
      name: "brugerkode login",
      options: { url: `${base}/api/auth/callback/brugerkode`, method: "POST", headers: loginHeaders, body: loginBody },
      expectedStatus: 302,
    },
    { name: "front page, logged in", options: { url: `${base}/`, headers: { cookie: sessionCookie } }, expectedStatus: 200, page: { cookie: sessionCookie } },
    ...jobSearchScenarios(base),
  ];

  type Row = {
    name: string;
    rps: number;
    p50: number;
    p99: number;
    p99Many: number;
    single: number;
    errors: number;
    weight?: Awaited<ReturnType<typeof pageWeight>>;
  };
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    const unexpected = (result: autocannon.Result) =>
      result.errors + result.timeouts + (scenario.expectedStatus === 200 ? result.non2xx : result.requests.total - result["3xx"]);
    await autocannon({ ...scenario.options, connections, duration: 2 }); // warm-up
    const result = await autocannon({ ...scenario.options, connections, duration: seconds });
    const many = await autocannon({ ...scenario.options, connections: manyConnections, duration: Math.max(3, seconds / 2) });
    const single = await autocannon({ ...scenario.options, connections: 1, amount: 100 });
    rows.push({
      name: scenario.name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      p99Many: many.latency.p99,
      single: single.latency.mean,
      errors: unexpected(result) + unexpected(many) + unexpected(single),
      weight: scenario.page ? await pageWeight(scenario.options.url as string, scenario.page) : undefined,
    });
  }
  const rssAfter = serverRss(portal.appPid);

  const baseline = rows[0];
  const pad = (value: string, width: number) => value.padStart(width);
  console.log(
    `\nJobnet benchmark: ${connections} connections (p99 also at ${manyConnections}), ${seconds} s per scenario, production build, ${databaseName}\n`,
  );
  console.log(
    `${"scenario".padEnd(24)}${pad("req/s", 8)}${pad("÷ base", 8)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}${pad(`p99@${manyConnections}`, 8)}` +
      `${pad("HTML KiB", 10)}${pad("gzip", 6)}${pad("JS KiB gz", 11)}${pad("errors", 8)}`,
  );
  for (const row of rows) {
    const weight = row.weight;
    console.log(
      `${row.name.padEnd(24)}${pad(row.rps.toFixed(0), 8)}${pad((row.rps / baseline.rps).toFixed(3), 8)}${pad(row.p50.toFixed(1), 8)}` +
        `${pad(row.p99.toFixed(1), 8)}${pad(row.p99Many.toFixed(1), 8)}` +
        `${pad(weight ? kib(weight.html) : "", 10)}${pad(weight ? kib(weight.htmlGzip) : "", 6)}${pad(weight ? kib(weight.javascriptGzip) : "", 11)}${pad(String(row.errors), 8)}`,
    );
  }
  const byName = (name: string) => rows.find((row) => row.name === name)!;
  const queryMs = Math.max(0, byName("readiness (1 query)").single - baseline.single);
  const loginMs = byName("brugerkode login").single;
  console.log(`\nFirst-load JavaScript of a blank Next page (the reference): ${kib(blankJavascript)} KiB gzipped.`);
  console.log(
    `Brugerkode login at one connection: ${loginMs.toFixed(1)} ms; one argon2id verify ${argon2Ms.toFixed(1)} ms + one query ` +
      `${queryMs.toFixed(1)} ms (readiness − liveness) = ${(argon2Ms + queryMs).toFixed(1)} ms; ratio ${(loginMs / (argon2Ms + queryMs)).toFixed(2)}.`,
  );
  console.log(`Server memory (RSS): ${(rssBefore / 2 ** 20).toFixed(0)} MB before, ${(rssAfter / 2 ** 20).toFixed(0)} MB after.`);
  console.log("Ratios are against the liveness route of the same run. JavaScript is what the page's own <script src> tags load, gzipped here.");
} finally {
  blankServer.kill();
  await portal.stop();
  if (admin && benchDatabase) {
    await admin.unsafe(`drop database if exists ${benchDatabase} with (force)`);
    await admin.end();
  }
  if (profileDir) console.log(`CPU profile of the server in ${profileDir}`);
}

// Find job on 100,000 ads: a second portal on a database seeded with the demo data and then
// generated ads up to that number, measured against its own liveness route, so the growth from
// the demo data's few hundred ads (above) to 100,000 can be read from the two ratios.
const manyAds = Number(process.env.BENCH_JOB_ADS ?? 100_000);
const adsDatabase = serverUrl ? `jobnet_bench_ads_${randomBytes(6).toString("hex")}` : undefined;
let adsDatabaseUrl: string | undefined;
const adsAdmin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
if (adsAdmin && serverUrl && adsDatabase) {
  await adsAdmin.unsafe(`create database ${adsDatabase}`);
  const url = new URL(serverUrl);
  url.pathname = `/${adsDatabase}`;
  adsDatabaseUrl = url.href;
}
const setupStarted = performance.now();
const adsPortal = await startPortal({
  port: 3200,
  simulatorPort: 3201,
  freshDatabase: true,
  output: "ignore",
  env: { JOBNET_BENCH_JOB_ADS: String(manyAds), ...(adsDatabaseUrl ? { DATABASE_URL: adsDatabaseUrl, JOBNET_SEED_DEMO: "1" } : {}) },
});
try {
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const adsBase = adsPortal.appUrl;
  const adsScenarios = [{ name: "liveness (baseline)", options: { url: `${adsBase}/api/health/live` }, expectedStatus: 200 }, ...jobSearchScenarios(adsBase)];
  console.log(
    `\nFind job on ${manyAds.toLocaleString("en-GB")} ads (${databaseName}; set-up with seeding ${setupSeconds.toFixed(0)} s), ${connections} connections, p99 also at ${manyConnections}\n`,
  );
  console.log(
    `${"scenario".padEnd(24)}${"req/s".padStart(8)}${"÷ base".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${`p99@${manyConnections}`.padStart(8)}${"errors".padStart(8)}`,
  );
  let baselineRps = 0;
  for (const scenario of adsScenarios) {
    await autocannon({ ...scenario.options, connections, duration: 2 }); // warm-up
    const result = await autocannon({ ...scenario.options, connections, duration: seconds });
    const many = await autocannon({ ...scenario.options, connections: manyConnections, duration: Math.max(3, seconds / 2) });
    if (!baselineRps) baselineRps = result.requests.average;
    console.log(
      `${scenario.name.padEnd(24)}${result.requests.average.toFixed(0).padStart(8)}${(result.requests.average / baselineRps).toFixed(3).padStart(8)}` +
        `${result.latency.p50.toFixed(1).padStart(8)}${result.latency.p99.toFixed(1).padStart(8)}${many.latency.p99.toFixed(1).padStart(8)}` +
        `${String(result.errors + result.timeouts + result.non2xx + many.errors + many.timeouts + many.non2xx).padStart(8)}`,
    );
  }
  console.log(
    "Indexes (db/schema/jobsearch.ts): words use job_ads_search_vector (GIN); a title uses job_ads_occupation; newest first walks job_ads_published.",
  );
} finally {
  await adsPortal.stop();
  if (adsAdmin && adsDatabase) {
    await adsAdmin.unsafe(`drop database if exists ${adsDatabase} with (force)`);
    await adsAdmin.end();
  }
}

// The draft purge (R3.1) over a million drafts, on the same kind of database, in a process of
// its own so that the memory it reports is the purge's.
const purgeBench = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/bench-purge.ts"], {
  cwd: root,
  stdio: "inherit",
});
const purgeExit = await new Promise<number | null>((resolve) => purgeBench.once("exit", resolve));
if (purgeExit !== 0) {
  console.error(`The purge benchmark failed (exit code ${purgeExit}).`);
  process.exitCode = 1;
}

// Job-agent matching (R3.4): 100,000 ads × 10,000 agents (BENCH_MATCH_ADS, BENCH_MATCH_AGENTS),
// and each doubled, in a process of its own.
const matchBench = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/bench-jobagents.ts"], {
  cwd: root,
  stdio: "inherit",
});
const matchExit = await new Promise<number | null>((resolve) => matchBench.once("exit", resolve));
if (matchExit !== 0) {
  console.error(`The job-agent matching benchmark failed (exit code ${matchExit}).`);
  process.exitCode = 1;
}
