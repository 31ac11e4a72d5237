import type { Page } from "@playwright/test";
import { specialCharacterAd } from "@/lib/demo/job-ads";
import { describeMode, everyMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

test.describe.configure({ mode: "parallel" });

/** The results' count, a status region read out when it changes. */
function resultCount(page: Page) {
  return page.getByRole("status").filter({ hasText: /\d/ });
}

/** The number of matching jobs the count says. */
async function countOf(page: Page): Promise<number> {
  const text = (await resultCount(page).textContent()) ?? "";
  return Number(/(\d[\d.,]*)/.exec(text)?.[1].replace(/[.,]/g, "") ?? NaN);
}

function results(page: Page) {
  return page.getByRole("region", { name: /Resultater|Results/ }).getByRole("listitem");
}

languagesAndNoScript.forEach((mode) => {
  const { language, javaScript } = mode;
  test.describe(`Find job (${describeMode(mode)})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R3.2 a search by words finds inflected forms (Danish full-text search), the count is a status, and the search is in an address that can be shared (${describeMode(mode)})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.jobsearch;
      await page.goto(portal.path("/job"));
      await portal.expectHeading(m.title);
      await page.getByRole("searchbox", { name: m.wordsLabel }).fill("sygeplejersker");
      await page.getByRole("button", { name: m.searchButton, exact: true }).click();
      await page.waitForURL(/q=sygeplejersker/);
      await expect(resultCount(page)).toBeVisible();
      const found = await countOf(page);
      expect(found).toBeGreaterThan(0);
      await expect(results(page).first().getByRole("link")).toBeVisible();
      const titles = await results(page).getByRole("heading").allTextContents();
      expect(titles.some((title) => /sygeplejerske/i.test(title))).toBe(true);
      const address = new URL(page.url());
      expect(address.searchParams.get("v")).toBe("1");

      // The same address in a new visit gives the same search.
      await page.goto(address.pathname + address.search);
      expect(await countOf(page)).toBe(found);
      await expect(page.getByRole("searchbox", { name: m.wordsLabel })).toHaveValue("sygeplejersker");
    });

    test(`R3.2 region, postcode, working hours, employment and sort narrow the results and stay in the address; results page (${describeMode(mode)})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.jobsearch;
      await page.goto(portal.path("/job"));
      const all = await countOf(page);
      await expect(page.getByRole("navigation", { name: m.pagesLabel }).getByText(m.pageOf.replace("{page}", "1").replace(/\{pages\}/, ""))).toBeVisible();
      await page.getByRole("navigation", { name: m.pagesLabel }).getByRole("link", { name: m.nextPage }).click();
      await expect(
        page.getByRole("navigation", { name: m.pagesLabel }).getByText(new RegExp(`^${m.pageOf.replace("{page}", "2").replace("{pages}", "\\d+")}$`)),
      ).toBeVisible();

      await page.getByRole("combobox", { name: m.regionLabel }).selectOption({ label: m.regions.midtjylland });
      await page.getByRole("combobox", { name: m.hoursLabel }).selectOption({ label: m.hours.fuldtid });
      await page.getByRole("combobox", { name: m.sortLabel }).selectOption({ label: m.sort.frist });
      await page.getByRole("button", { name: m.searchButton, exact: true }).click();
      await page.waitForURL(/region=midtjylland/);
      const narrowed = await countOf(page);
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(all);
      const address = new URL(page.url()).searchParams;
      expect([address.get("region"), address.get("tid"), address.get("sort"), address.get("side")]).toEqual(["midtjylland", "fuldtid", "frist", null]);
      for (const text of await results(page).allTextContents()) expect(text).toContain(m.hours.fuldtid);

      await page.getByRole("textbox", { name: m.postnummerLabel }).fill("8000");
      await page.getByRole("button", { name: m.searchButton, exact: true }).click();
      await page.waitForURL(/postnr=8000/);
      for (const text of await results(page).allTextContents()) expect(text).toContain("8000 Aarhus C");
    });

    test(`R3.2 a postcode Denmark does not have gets a clear message and a 400, not a guess (${describeMode(mode)})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.jobsearch;
      const response = await page.goto(`${portal.path("/job")}?v=1&postnr=0000`);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("alert").filter({ hasText: m.problemsHeading })).toContainText(m.problems.postnummerUnknown);
      await expect(page.getByRole("textbox", { name: m.postnummerLabel })).toHaveAccessibleDescription(new RegExp(m.problems.postnummerUnknown.slice(0, 20)));
    });

    test(`R3.4 R1.7 an ad published today is marked NY, which a screen reader hears as "ny annonce"; its page shows everything about it with every character intact (${describeMode(mode)})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.jobsearch;
      await page.goto(`${portal.path("/job")}?v=1&q=${encodeURIComponent("Børnehuset Ærø")}`);
      const heading = page.getByRole("heading", { level: 3, name: `${specialCharacterAd.title} ${m.newBadgeSpoken}` });
      await expect(heading).toBeVisible();
      await expect(heading).toContainText(m.newBadge);
      await heading.getByRole("link").click();
      await expect(portal.heading(`${specialCharacterAd.title} ${m.newBadgeSpoken}`)).toBeVisible();
      const main = page.getByRole("main");
      await expect(main.getByRole("definition").filter({ hasText: specialCharacterAd.employer }).first()).toBeVisible();
      await expect(main).toContainText(`${specialCharacterAd.street}, ${specialCharacterAd.postcode} ${specialCharacterAd.city}`);
      await expect(main.getByRole("region", { name: m.ad.description })).toBeVisible();
      await expect(main.getByRole("region", { name: m.ad.howToApply })).toBeVisible();
      await main.getByRole("link", { name: m.backToSearch }).click();
      await portal.expectHeading(m.title);
    });
  });
});

everyMode
  .filter((mode) => mode.javaScript)
  .forEach((mode) => {
    const { language } = mode;
    test(`R3.2 R1.7 the title picker works by keyboard alone: type, arrow to a suggestion, Enter chooses it, and a button named by the title removes it (${describeMode(mode)})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language);
      const m = portal.m.jobsearch;
      const statistiker = language === "da" ? "Statistiker" : "Statistician";
      await page.goto(portal.path("/job"));
      await page.getByRole("searchbox", { name: m.wordsLabel }).focus();
      await page.keyboard.press("Tab");
      const picker = page.getByRole("combobox", { name: m.titleLabel });
      await expect(picker).toBeFocused();
      await page.keyboard.type("statisti");
      const suggestions = page.getByRole("listbox", { name: m.titleSuggestions });
      await expect(suggestions.getByRole("option", { name: statistiker })).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
      await page.keyboard.press("Enter");
      const remove = page.getByRole("button", { name: m.removeTitle.replace("{title}", statistiker) });
      await expect(remove).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: m.titleAdded.replace("{title}", statistiker) })).toBeAttached();
      await expect(picker).toBeFocused();
      // Enter in the empty field submits the search with the chosen title.
      await page.keyboard.press("Enter");
      await page.waitForURL(/stilling=/);
      const found = await countOf(page);
      expect(found).toBeGreaterThanOrEqual(2);
      for (const text of await results(page).allTextContents()) expect(text).toContain(statistiker);

      await remove.focus();
      await page.keyboard.press("Enter");
      await expect(remove).toBeHidden();
      await expect(picker).toBeFocused();
    });
  });

test("R3.2 without JavaScript a title typed exactly is chosen, anything else offers the titles it may mean as links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    const portal = new Portal(page, "da", false);
    const m = portal.m.jobsearch;
    await page.goto("/job");
    await page.getByRole("combobox", { name: m.titleLabel }).fill("analy");
    await page.getByRole("button", { name: m.searchButton, exact: true }).click();
    await expect(page.getByText(m.didYouMean.replace("{text}", "analy"))).toBeVisible();
    await page.getByRole("link", { name: "Analytiker, data og analyse" }).click();
    await expect(page.getByRole("list", { name: m.titlesChosen })).toContainText("Analytiker, data og analyse");
    for (const text of await results(page).allTextContents()) expect(text).toContain("Analytiker, data og analyse");
    expect(await countOf(page)).toBeGreaterThanOrEqual(2);
    // Removing is a link to the same search without the title.
    await page.getByRole("link", { name: m.removeTitle.replace("{title}", "Analytiker, data og analyse") }).click();
    await expect(page.getByRole("list", { name: m.titlesChosen })).toHaveCount(0);

    await page.getByRole("combobox", { name: m.titleLabel }).fill("statistiker");
    await page.getByRole("button", { name: m.searchButton, exact: true }).click();
    await expect(page.getByRole("list", { name: m.titlesChosen })).toContainText("Statistiker");
  } finally {
    await context.close();
  }
});

test("R3.2 an ad that does not exist is not found, with the page shell", async ({ page }) => {
  for (const address of ["/job/99999999", "/job/abc", "/en/job/0"]) {
    const portal = new Portal(page, address.startsWith("/en") ? "en" : "da");
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: portal.m.notFound.toFrontPage })).toBeVisible();
  }
});
