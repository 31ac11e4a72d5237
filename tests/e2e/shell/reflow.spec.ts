import type { Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { crawl } from "@/tests/support/crawl";
import { narrowViewport, reflowProblems } from "@/tests/support/reflow";
import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px every page reads without scrolling sideways. Each test
 * visits pages at that width and collects what does not reflow on each (see `reflowProblems`):
 * the page scrolling sideways, anything cut off, and boxes that scroll sideways without being
 * reachable by keyboard and named. Axe checks every page visited at the same width.
 */
test.use({ viewport: narrowViewport });
// Every page visited is checked by axe as well, which takes its time.
test.describe.configure({ timeout: 180_000 });

const inLanguage = (language: Language) => (path: string) =>
  language === "en" ? path === "/en" || path.startsWith("/en/") || path.startsWith("/en?") : !/^\/en(\/|\?|$)/.test(path);

/** Collects each page's problems under its address, so one failure lists every page at once. */
class ReflowReport {
  readonly problems: string[] = [];
  readonly checked: string[] = [];

  constructor(private readonly page: Page) {}

  async check(label = new URL(this.page.url()).pathname) {
    this.checked.push(label);
    for (const problem of await reflowProblems(this.page)) this.problems.push(`${label}: ${problem}`);
  }

  async crawl(start: string, follow: (path: string) => boolean) {
    const { visited, failures } = await crawl(this.page, start, { follow, visit: (path) => this.check(path) });
    expect(failures).toEqual([]);
    return visited;
  }
}

for (const language of ["da", "en"] as Language[]) {
  test.describe(() => {
    test(`X1 every page linked from the front page reflows at 320 px, logged out (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      const report = new ReflowReport(page);
      const visited = await report.crawl(portal.path("/"), inLanguage(language));
      // The front page, the login pages, the help pages and the accessibility statement at least.
      expect(visited).toContain(portal.path("/tilgaengelighedserklaering"));
      expect(visited.length).toBeGreaterThan(8);
      expect(report.problems).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ storageState: authState("citizen") });

    test(`X1 every page linked from the front page reflows at 320 px, logged in as Anna Andersen (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      const report = new ReflowReport(page);
      await portal.openFrontPage();
      await portal.expectWelcome("Anna Andersen");
      const visited = await report.crawl(portal.path("/"), inLanguage(language));
      expect(visited).toContain(portal.path("/profil"));
      expect(report.problems).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ storageState: authState("support") });

    test(`X1 the support tools reflow at 320 px: the queue of support requests and a citizen's page (${language})`, async ({ page, browser, baseURL }) => {
      // A request in the queue with what citizens type: long Danish compounds and an unbroken address.
      const citizenContext = await browser.newContext({ baseURL, storageState: undefined, viewport: narrowViewport });
      const portal = new Portal(await citizenContext.newPage(), language);
      const m = portal.m.supportRequest;
      await portal.page.goto(portal.path("/supporthenvendelse"));
      await portal.page.getByLabel(m.name).fill("Karoline Arbejdsmarkedsuddannelseskonsulent-Kristiansen");
      await portal.page.getByLabel(m.cpr).fill("010170-1234");
      await portal.page.getByLabel(m.phone).fill("12345678");
      await portal.page
        .getByLabel(m.situation)
        .fill(
          "Arbejdsløshedsforsikringskassemedlemskabsoplysningerne mangler; se https://www.example.dk/arbejdsloeshedsforsikringskassemedlemskab/oplysninger",
        );
      await portal.page.getByRole("button", { name: m.submit }).click();
      await portal.expectHeading(m.receiptTitle);
      await citizenContext.close();

      const staff = new StaffPortal(page, language);
      const report = new ReflowReport(page);
      const visited = await report.crawl(staff.path("/medarbejder"), (path) => inLanguage(language)(path) && path.includes("/medarbejder"));
      expect(visited).toContain(staff.path("/medarbejder/support"));
      // The queue the crawl checked held the request.
      await page.goto(staff.path("/medarbejder/support"));
      await expect(page.getByRole("listitem").filter({ hasText: "Arbejdsløshedsforsikringskassemedlemskabsoplysningerne" }).first()).toBeVisible();

      await staff.findForSupport("bent.brugerkode");
      await expect(page.getByRole("heading", { level: 1, name: "Bent Brugerkode" })).toBeVisible();
      await report.check();
      expect(report.problems).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ storageState: authState("caseworker") });

    test(`X1 the jobcenter tools reflow at 320 px: citizens' pages with contact persons and history, and issued brugerkoder (${language})`, async ({
      page,
    }) => {
      const staff = new StaffPortal(page, language);
      const report = new ReflowReport(page);
      const visited = await report.crawl(staff.path("/medarbejder"), (path) => inLanguage(language)(path) && path.includes("/medarbejder"));
      expect(visited).toContain(staff.path("/medarbejder/jobcenter"));

      // Anna Andersen has contact persons; Gitte Gammelkode a history of her brugerkode flag.
      await staff.findForJobcenter("0101901111");
      await expect(page.getByRole("region", { name: staff.m.contacts.title }).getByRole("listitem")).not.toHaveCount(0);
      await report.check();
      await staff.findForJobcenter("0808668888");
      await expect(page.getByRole("table")).toContainText("Borgeren har ikke MitID");
      await report.check();
      // Emil Ung has a plan with its versions and a message from the jobcenter: their tables scroll inside the page.
      await staff.findForJobcenter("0606026666");
      await expect(page.getByRole("table").first()).toBeVisible();
      await report.check();

      // A username and a one-time password, shown once, made from a long name.
      await page.goto(staff.path("/medarbejder/jobcenter"));
      const create = page.getByRole("region", { name: staff.m.jobcenter.createTitle });
      await create.getByRole("textbox", { name: staff.m.citizen.cpr }).fill(freshCpr());
      await create.getByLabel(staff.m.jobcenter.name).fill("Karoline Arbejdsmarkedsuddannelseskonsulent");
      await create.getByLabel(staff.m.jobcenter.reason).fill("Arbejdsmarkedsuddannelsesforløbsdeltager uden MitID");
      await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
      await staff.issuedCredentials();
      await report.check(`${staff.path("/medarbejder/jobcenter")} (brugerkoder issued)`);
      expect(report.problems).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ storageState: authState("editor") });

    test(`X1 the editors' tools reflow at 320 px: the lists, an entry's page and its preview (${language})`, async ({ page }) => {
      const staff = new StaffPortal(page, language);
      const report = new ReflowReport(page);
      const visited = await report.crawl(staff.path("/medarbejder"), (path) => inLanguage(language)(path) && path.includes("/medarbejder"));
      // The overview, a yellow note and a FAQ entry with their previews, and the pages for new ones.
      expect(visited).toContain(staff.path("/medarbejder/redaktion"));
      expect(visited.filter((path) => path.endsWith("/forhaandsvisning"))).toHaveLength(2);
      expect(report.problems).toEqual([]);
    });
  });
}
