// `npm run bench`: starts the production build on a fresh embedded database and measures,
// in one run, the static liveness route (the baseline), the logged-out front page, a full
// brugerkode login and the logged-in front page. Prints figures; asserts nothing.
import autocannon from "autocannon";
import { DEMO_PASSWORD } from "@/db/demo-data";
import { startPortal } from "./portal";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const portal = await startPortal({ port: 3200, simulatorPort: 3201, freshDatabase: true, output: "ignore" });
const base = portal.appUrl;

function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

try {
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

  const scenarios: { name: string; options: autocannon.Options; expectedStatus: number }[] = [
    // The liveness route costs the server nothing; /api/health checks the database, so it is no baseline.
    { name: "liveness (baseline)", options: { url: `${base}/api/health/live` }, expectedStatus: 200 },
    { name: "front page, logged out", options: { url: `${base}/` }, expectedStatus: 200 },
    {
      name: "brugerkode login",
      options: { url: `${base}/api/auth/callback/brugerkode`, method: "POST", headers: loginHeaders, body: loginBody },
      expectedStatus: 302,
    },
    { name: "front page, logged in", options: { url: `${base}/`, headers: { cookie: sessionCookie } }, expectedStatus: 200 },
  ];

  const rows: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
  for (const scenario of scenarios) {
    await autocannon({ ...scenario.options, connections, duration: 2 }); // warm-up
    const result = await autocannon({ ...scenario.options, connections, duration: seconds });
    const unexpected =
      result.errors + result.timeouts + (scenario.expectedStatus === 200 ? result.non2xx : result.requests.total - result["3xx"]);
    rows.push({ name: scenario.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: unexpected });
  }

  const baseline = rows[0];
  const pad = (value: string, width: number) => value.padStart(width);
  console.log(`\nJobnet benchmark: ${connections} connections, ${seconds} s per scenario, production build, embedded database\n`);
  console.log(
    `${"scenario".padEnd(24)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("req/s ÷ base", 14)}${pad("p50 ÷ base", 12)}${pad("errors", 8)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(24)}${pad(row.rps.toFixed(0), 9)}${pad(row.p50.toFixed(1), 9)}${pad(row.p99.toFixed(1), 9)}` +
        `${pad((row.rps / baseline.rps).toFixed(3), 14)}${pad((row.p50 / Math.max(baseline.p50, 0.5)).toFixed(1), 12)}${pad(String(row.errors), 8)}`,
    );
  }
  console.log("\nRatios are against the baseline of the same run; p50 ÷ base uses at least 0.5 ms for the baseline.");
} finally {
  await portal.stop();
}
