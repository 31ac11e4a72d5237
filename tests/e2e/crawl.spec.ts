import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { Portal, type Language } from "../pages/portal";

/**
 * Follows every link on the portal reachable from the front page (same site, no fragment
 * twice) and fails on any answer that is not a success, e.g. a 404 or 500 (R1.8: no
 * internal link anywhere returns 404). Each page is visited, so axe checks it too.
 */
async function crawl(page: Page, start: string): Promise<string[]> {
  const origin = new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;
  const queue = [start];
  const seen = new Set<string>(queue);
  const failures: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    const status = response?.status() ?? 0;
    if (status >= 400) failures.push(`${path} → ${status}`);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin && url.origin !== origin) continue;
      const target = `${url.pathname}${url.search}`;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(8);
  return failures;
}

// Every page visited is checked by axe as well, which takes its time.
test.describe.configure({ timeout: 180_000 });

for (const language of ["da", "en"] as Language[]) {
  test(`R1.8 every page linked from the front page answers, logged out (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    expect(await crawl(page, portal.path("/"))).toEqual([]);
  });

  test(`R1.8 every page linked from the front page answers, logged in as Anna Andersen (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.logInWithMitid({ name: "Anna Andersen" });
    await portal.expectWelcome("Anna Andersen");
    expect(await crawl(page, portal.path("/"))).toEqual([]);
    // Crawling changed nothing: Anna is still logged in.
    await portal.openFrontPage();
    await portal.expectWelcome("Anna Andersen");
  });
}
