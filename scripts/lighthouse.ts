// `npm run lighthouse`: starts the production build on a fresh embedded database and runs
// Lighthouse (its default mobile preset) on the front page and the brugerkode login page
// in Debian's Chromium, printing LCP, TBT and the four category scores, with a blank Next
// page (scripts/blank-next.ts) measured the same way as the reference. Asserts nothing.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { blankNext, startBlankNext } from "./blank-next";
import { startPortal } from "./portal";

const chromePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((candidate) => existsSync(candidate));
if (!chromePath) throw new Error("No Chromium: apt-get install -y chromium-headless-shell (or set CHROMIUM_PATH)");

const portal = await startPortal({ port: 3202, simulatorPort: 3203, freshDatabase: true, output: "ignore" });
const blankPort = 3204;
const blankServer = await startBlankNext(blankNext().dir, blankPort);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
try {
  console.log(`\nLighthouse (mobile preset), production build, ${chromePath}\n`);
  console.log(
    `${"page".padEnd(24)}${"LCP s".padStart(8)}${"TBT ms".padStart(8)}${"perf".padStart(7)}${"a11y".padStart(7)}${"best".padStart(7)}${"seo".padStart(7)}`,
  );
  for (const [name, url] of [
    ["blank Next page (ref.)", `http://localhost:${blankPort}/`],
    ["front page", `${portal.appUrl}/`],
    ["brugerkode login page", `${portal.appUrl}/log-ind/brugerkoder`],
  ]) {
    // Twice: the first visit makes the cached page; the second is what visitors get.
    await fetch(url);
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { audits, categories } = result.lhr;
    const score = (id: string) => (categories[id]?.score ?? Number.NaN).toFixed(2).padStart(7);
    console.log(
      `${name.padEnd(24)}${((audits["largest-contentful-paint"].numericValue ?? Number.NaN) / 1000).toFixed(2).padStart(8)}` +
        `${(audits["total-blocking-time"].numericValue ?? Number.NaN).toFixed(0).padStart(8)}` +
        `${score("performance")}${score("accessibility")}${score("best-practices")}${score("seo")}`,
    );
    for (const id of ["errors-in-console", "csp-xss", "inspector-issues"]) {
      const audit = audits[id];
      if (audit && audit.score !== null && audit.score < 1)
        console.log(`  ${id}: ${JSON.stringify(audit.details && "items" in audit.details ? audit.details.items : audit.displayValue).slice(0, 400)}`);
    }
  }
} finally {
  await chrome.kill();
  blankServer.kill();
  await portal.stop();
}
