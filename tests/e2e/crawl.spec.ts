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

  test(`R1.8 R4.1 R4.3 every page of Min plan, Min historik, Min beskedbakke, Meld syg/rask and Tilmelding answers, logged in as Emil Ung (${language})`, async ({
    page,
  }) => {
    // Emil (demo data) has what Anna has not: a plan at step 4 with its history, a message with a
    // letter, and an uddannelsespålæg from before the release. The letters are PDFs, which the
    // browser would download rather than show, so they are fetched on their own.
    const portal = new Portal(page, language);
    await portal.logInWithMitid({ name: "Emil Ung" });
    await portal.expectWelcome("Emil Ung");
    const tools = /^(\/en)?(\/|\/(min-plan|beskeder|meld-syg|meld-rask|tilmelding)(\/.*)?)$/;
    const isPdf = (path: string) => /\/brev$|\/dokumenter\//.test(path);
    const pdfs: string[] = [];
    const { visited, failures } = await crawl(page, portal.path("/"), {
      follow: (path) => {
        const address = path.split("?", 1)[0];
        if (isPdf(address)) pdfs.push(path);
        return tools.test(address) && !isPdf(address);
      },
      visit: async () => {},
    });
    expect(failures).toEqual([]);
    expect(visited.some((path) => /\/min-plan\/historik$/.test(path))).toBe(true);
    expect(visited.some((path) => /\/beskeder\/[0-9a-f-]{36}$/.test(path))).toBe(true);
    expect(pdfs.length).toBeGreaterThanOrEqual(2);
    for (const pdf of new Set(pdfs)) {
      const response = await page.request.get(pdf);
      expect(response.status(), pdf).toBe(200);
      expect(response.headers()["content-type"], pdf).toBe("application/pdf");
    }
  });
}
