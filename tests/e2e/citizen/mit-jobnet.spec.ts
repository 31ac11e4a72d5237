import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

/** The day Anna's figures are from: the 11th of this month in Danish time, or of the month before (lib/demo/demo-data.ts). */
function reportDay(): Date {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number);
  return new Date(Date.UTC(year, day >= 11 ? month - 1 : month - 2, 11));
}

for (const language of ["da", "en"] as Language[]) {
  test.describe(`Mit Jobnet (${language})`, () => {
    test.use({ storageState: authState("citizen") });

    test(`R1.7 R4.2 the Mit Jobnet menu lists every citizen page, marks the current one (Meld syg/rask on Meld rask too), and no link in it is a dead end (${language})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language);
      const m = portal.m.mitJobnet;
      await portal.openFrontPage();
      const menu = page.getByRole("navigation", { name: m.menuLabel });
      const links = menu.getByRole("link");
      await expect(links).toHaveText([
        m.menu.overview,
        m.menu.tilmelding,
        m.menu.forberedelsesskema,
        m.menu.dagpengetaeller,
        m.menu.job,
        m.menu.joblog,
        m.menu.jobagents,
        m.menu.cv,
        m.menu.sygdom,
        m.menu.minPlan,
        m.menu.beskeder,
        m.menu.profile,
      ]);
      await expect(menu.getByRole("link", { name: m.menu.overview })).toHaveAttribute("aria-current", "page");
      for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!))) {
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      await menu.getByRole("link", { name: m.menu.dagpengetaeller }).click();
      await portal.expectHeading(portal.m.dagpengetaeller.title);
      await expect(page.getByRole("navigation", { name: m.menuLabel }).getByRole("link", { name: m.menu.dagpengetaeller })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("navigation", { name: m.menuLabel }).locator("[aria-current]:visible")).toHaveCount(1);
      // `Meld syg/rask` leads to /meld-syg, and is the current item on /meld-rask too.
      await page.goto(portal.path("/meld-rask"));
      await expect(page.getByRole("navigation", { name: m.menuLabel }).getByRole("link", { name: m.menu.sygdom })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("navigation", { name: m.menuLabel }).locator("[aria-current]:visible")).toHaveCount(1);
    });

    test(`R1.7 Dagpengetælleren is read as text: hours used and left, the period's end, hours toward a new period and the date it is from (${language})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language);
      const m = portal.m.dagpengetaeller;
      const hours = (value: string) => m.hours.replace("{hours}", value);
      await page.goto(portal.path("/dagpengetaeller"));
      await portal.expectHeading(m.title);
      const terms = page.getByRole("main").getByRole("term");
      await expect(terms).toHaveText([m.hoursUsed, m.hoursLeft, m.periodEnds, m.hoursTowardNewPeriod]);
      const values = page.getByRole("main").getByRole("definition");
      await expect(values.nth(0)).toHaveText(hours(language === "da" ? "1.110,5" : "1,110.5"));
      await expect(values.nth(1)).toHaveText(hours(language === "da" ? "2.737,5" : "2,737.5"));
      await expect(values.nth(3)).toHaveText(m.hoursOf.replace("{hours}", "296").replace("{needed}", language === "da" ? "1.924" : "1,924"));
      const day = new Intl.DateTimeFormat(language === "da" ? "da-DK" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(reportDay());
      await expect(page.getByRole("main")).toContainText(`${m.updated}: ${day}`);
      // The bar is decoration: assistive technology reads the figures, not it.
      await expect(page.locator("main [aria-hidden=true]")).toHaveCount(1);
      expect(await page.locator("main [aria-hidden=true]").innerText()).toBe("");
    });

    test(`R1.7 the overview shows what needs doing, Dagpengetælleren's summary and the contact persons (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      const todo = page.getByRole("region", { name: portal.m.mitJobnet.todoHeading });
      await expect(todo.getByRole("link", { name: portal.m.forberedelsesskema.overview.start })).toHaveAttribute("href", portal.path("/forberedelsesskema"));
      const summary = page.getByRole("region", { name: portal.m.dagpengetaeller.title });
      await expect(summary.getByRole("term")).toHaveText([
        portal.m.dagpengetaeller.hoursLeft,
        portal.m.dagpengetaeller.periodEnds,
        portal.m.dagpengetaeller.updated,
      ]);
      await expect(summary.getByRole("link", { name: portal.m.dagpengetaeller.overview.link })).toHaveAttribute("href", portal.path("/dagpengetaeller"));
      await expect(page.getByRole("complementary", { name: portal.m.contactPersons.heading })).toContainText("Mette Mentor");
    });
  });
}

test.describe("On a phone", () => {
  test.use({ storageState: authState("citizen"), viewport: { width: 320, height: 640 } });

  for (const javaScript of [true, false]) {
    test.describe(`JavaScript ${javaScript ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled: javaScript });

      test(`R1.7 X3 the Mit Jobnet menu folds into a disclosure that opens with the keyboard (JavaScript ${javaScript ? "on" : "off"})`, async ({ page }) => {
        const portal = new Portal(page, "da", javaScript);
        await portal.openFrontPage();
        const menu = page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel });
        const profile = menu.getByRole("link", { name: portal.m.mitJobnet.menu.profile });
        await expect(profile).toBeHidden();
        await menu.locator("summary").focus();
        await expect(menu.locator("summary")).toHaveText(portal.m.mitJobnet.menuLabel);
        await page.keyboard.press("Enter");
        await expect(profile).toBeVisible();
        await profile.click();
        await portal.expectHeading(portal.m.profile.title);
      });
    });
  }
});

test("R1.7 Dagpengetælleren tells a citizen who does not get dagpenge so, and the menu does not offer it", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.logInWithMitid({ name: "Emil Ung" });
  await portal.expectWelcome("Emil Ung");
  const menu = page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel });
  await expect(menu.getByRole("link", { name: portal.m.mitJobnet.menu.forberedelsesskema })).toBeVisible();
  await expect(menu.getByRole("link", { name: portal.m.mitJobnet.menu.dagpengetaeller })).toHaveCount(0);
  await expect(page.getByRole("region", { name: portal.m.dagpengetaeller.title })).toHaveCount(0);
  await page.goto("/dagpengetaeller");
  await portal.expectHeading(portal.m.dagpengetaeller.title);
  await expect(page.getByRole("main")).toContainText(portal.m.dagpengetaeller.notForYou);
});

test("R1.8 the logged-out front page promises only tools that exist", async ({ page }) => {
  await page.goto("/");
  const intro = page.getByRole("main");
  await expect(intro).not.toContainText(/\bCV\b|joblog|jobagent|beskeder/i);
  await page.goto("/en");
  await expect(page.getByRole("main")).not.toContainText(/\bCV\b|job log|job agent|messages/i);
});
