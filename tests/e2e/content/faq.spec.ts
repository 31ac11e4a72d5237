import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { describeMode, everyMode } from "../../fixtures/modes";
import { Portal } from "../../pages/portal";

const unique = () => Math.random().toString(36).slice(2, 8);

for (const mode of everyMode) {
  test.describe(() => {
    test.use({ javaScriptEnabled: mode.javaScript });

    test(`R1.8 FAQ search finds an entry by an inflected word, on the server (${describeMode(mode)})`, async ({ page }) => {
      const portal = new Portal(page, mode.language, mode.javaScript);
      await page.goto(portal.path("/hjaelp/faq-jobsoegere"));
      const search = page.getByRole("search", { name: portal.m.faq.searchRegion });
      // "adgangskoden" (the password) finds the entry about "adgangskode"; "passwords" the English one.
      const word = mode.language === "da" ? "adgangskoden" : "passwords";
      await search.getByRole("searchbox", { name: portal.m.faq.searchLabel }).fill(word);
      await search.getByRole("button", { name: portal.m.faq.searchButton }).click();
      await expect(page).toHaveURL(/\?q=/);
      await expect(page.getByRole("region", { name: portal.m.faq.resultsHeading.replace("{query}", word) })).toBeVisible();
      const question = mode.language === "da" ? "Jeg har glemt min adgangskode" : "I have forgotten my password";
      await expect(page.getByRole("heading", { level: 3, name: question })).toBeVisible();
      await expect(page.locator("#glemt-adgangskode").getByRole("link", { name: new RegExp(portal.m.faq.linkToAnswer) })).toHaveAttribute(
        "href",
        "#glemt-adgangskode",
      );

      await search.getByRole("searchbox", { name: portal.m.faq.searchLabel }).fill(`zyxw${unique()}`);
      await search.getByRole("button", { name: portal.m.faq.searchButton }).click();
      await expect(page.getByRole("status").filter({ hasText: portal.m.faq.resultCount.match(/=0 \{([^}]+)\}/)![1] })).toBeVisible();
      await page.getByRole("link", { name: portal.m.faq.showAll }).click();
      await expect(page.getByRole("heading", { level: 3, name: question })).toBeVisible();
    });
  });
}

test.describe("editors", () => {
  test.use({ storageState: authState("editor") });

  test("R1.8 an editor publishes a FAQ entry; job seekers find it by an inflected Danish word and link to it", async ({ page, browser, baseURL }) => {
    const id = unique();
    const m = new Portal(page).m.editor;
    await page.goto("/medarbejder/redaktion");
    await page.getByRole("link", { name: m.kinds.faq_entry.new }).click();
    await page.getByLabel(m.fields.faqAudience, { exact: true }).selectOption("jobsoegere");
    await page.getByLabel(m.fields.topicDa, { exact: true }).fill("CV og jobsøgning");
    await page.getByLabel(m.fields.questionDa, { exact: true }).fill(`Hvordan gemmer jeg en jobannonce ${id}?`);
    await page.getByLabel(m.fields.answerDa, { exact: true }).fill("Tryk på **Gem** ved annoncen. Dine gemte jobannoncer ligger under Mit Jobnet.");
    await page.getByLabel(m.fields.topicEn, { exact: true }).fill("CV and job search");
    await page.getByLabel(m.fields.questionEn, { exact: true }).fill(`How do I save a job ad ${id}?`);
    await page.getByLabel(m.fields.answerEn, { exact: true }).fill("Press **Save** on the ad.");
    await page.getByRole("button", { name: m.create }).click();
    await expect(page.getByTestId("entry-status")).toHaveText(m.statuses.draft);
    await page.getByRole("button", { name: m.publish, exact: true }).click();
    await expect(page.getByTestId("entry-status")).toHaveText(m.statuses.published);

    const context = await browser.newContext({ baseURL, storageState: undefined, javaScriptEnabled: false });
    const visitor = new Portal(await context.newPage(), "da", false);
    await visitor.page.goto(`/hjaelp/faq-jobsoegere?q=${encodeURIComponent(`gemte jobannoncerne ${id}`)}`);
    const question = visitor.page.getByRole("heading", { level: 3, name: `Hvordan gemmer jeg en jobannonce ${id}?` });
    await expect(question).toBeVisible();
    const anchor = `#hvordan-gemmer-jeg-en-jobannonce-${id}`;
    await expect(visitor.page.locator(anchor).locator("strong")).toHaveText("Gem");
    await visitor.page.goto(`/hjaelp/faq-jobsoegere${anchor}`);
    await expect(visitor.page.locator(anchor)).toBeVisible();
    await context.close();

    await page.getByRole("button", { name: m.withdraw }).click();
    await expect(page.getByTestId("entry-status")).toHaveText(m.statuses.withdrawn);
  });
});
