import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { Portal, type Language } from "../pages/portal";
import { crawl } from "../support/crawl";

/**
 * Follows every link on the portal reachable from the front page (same site, one page of
 * each kind) and fails on any answer that is not a success, e.g. a 404 or 500 (R1.8: no
 * internal link anywhere returns 404). Each page is visited, so axe checks it too.
 */
async function crawlFrom(page: Page, start: string): Promise<string[]> {
  const { visited, failures } = await crawl(page, start, { follow: () => true, visit: async () => {} });
  expect(visited.length).toBeGreaterThan(8);
  return failures;
}

// Every page visited is checked by axe as well, which takes its time.
test.describe.configure({ timeout: 180_000 });

for (const language of ["da", "en"] as Language[]) {
  test(`R1.8 every page linked from the front page answers, logged out (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    expect(await crawlFrom(page, portal.path("/"))).toEqual([]);
  });

  test(`R1.8 every page linked from the front page answers, logged in as Anna Andersen (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.logInWithMitid({ name: "Anna Andersen" });
    await portal.expectWelcome("Anna Andersen");
    expect(await crawlFrom(page, portal.path("/"))).toEqual([]);
    // Crawling changed nothing: Anna is still logged in.
    await portal.openFrontPage();
    await portal.expectWelcome("Anna Andersen");
  });
}
