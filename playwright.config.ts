import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browser here; the tests run in Debian's Chromium: its
// headless shell, which starts far fewer processes than the full browser, or the full browser.
const installedChromium = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));
const chromiumPath = process.env.CHROMIUM_PATH ?? installedChromium;
if (!chromiumPath || !existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath ?? "/usr/bin/chromium-headless-shell or /usr/bin/chromium"}. Install Debian's Chromium with ` +
      "`apt-get update && apt-get install -y chromium-headless-shell` (or `chromium`), or set CHROMIUM_PATH to a Chromium binary.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
const simulatorPort = Number(process.env.E2E_SIMULATOR_PORT ?? 3101);
// The mail and SMS catcher's page and API, and its SMTP port next to it.
const catcherPort = Number(process.env.E2E_CATCHER_PORT ?? port + 2);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // One browser per core: with more, the browsers, axe and the server starve each other on 2 cores.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // Whole journeys (create a profile, delete it, come back) with several browsers and axe on a 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Logs in once per role (staff, and a citizen) for the tests that start logged in.
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", testIgnore: /.*\.setup\.ts/, dependencies: ["setup"] },
  ],
  // The production build on a fresh embedded database, with the MitID simulator beside it.
  // The tests play one trusted reverse proxy: each test's X-Forwarded-For is its own client
  // address, so the per-address login limit (X5) counts one test's failures only.
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      MITID_SIMULATOR_PORT: String(simulatorPort),
      MAIL_CATCHER_PORT: String(catcherPort),
      MAIL_CATCHER_SMTP_PORT: String(catcherPort + 1),
      JOBNET_FRESH_DATABASE: "1",
      JOBNET_E2E_FIXTURES: "1",
      JOBNET_TEST_CLOCK: "1",
      TRUSTED_PROXY_COUNT: "1",
      // A text a page lacks fails the test that shows it (lib/i18n/message-fallback.ts).
      JOBNET_STRICT_MESSAGES: "1",
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  metadata: { simulatorUrl: `http://localhost:${simulatorPort}`, catcherUrl: `http://localhost:${catcherPort}` },
});
