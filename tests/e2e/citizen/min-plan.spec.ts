import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

test.describe.configure({ mode: "parallel" });

// Emil Ung (demo data): an uddannelsesplan published at step 4 with one støttebehov (mentor),
// earlier versions, and an uddannelsespålæg PDF made on 10 January 2022, before the release.
const PAALAEG_FILENAME = "uddannelsespaalaeg-2022-01-10.pdf";

for (const { language, javaScript } of languagesAndNoScript) {
  const mode = describeMode({ language, javaScript });
  test.describe(`Min plan and Min historik (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R4.3 Emil sees his plan at step 4 and opens the uddannelsespålæg made before the release, as a PDF for him only (${mode})`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.plans;
      await portal.logInWithMitid({ name: "Emil Ung" });
      await portal.expectWelcome("Emil Ung");
      // The overview sums up his plan and leads to it, as the menu does.
      const card = page.getByRole("region", { name: m.title, exact: true });
      await expect(card.getByRole("term")).toHaveText([m.kinds.uddannelsesplan]);
      await expect(card.getByRole("definition")).toContainText(m.step.replace("{step}", "4"));
      await expect(card.getByRole("link", { name: m.overview.link })).toHaveAttribute("href", portal.path("/min-plan"));
      await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.minPlan }).click();
      await portal.expectHeading(m.title);
      await expect(page).toHaveURL(portal.path("/min-plan"));
      const plan = page.getByRole("region", { name: m.kinds.uddannelsesplan, exact: true });
      await expect(plan).toContainText(m.step.replace("{step}", "4"));
      await expect(plan).toContainText(portal.m.stoettebehov.mentor);
      await expect(plan).toContainText("Ernæringsassistent");

      await page.getByRole("link", { name: m.historyLink }).click();
      await portal.expectHeading(m.history.title);
      const versions = page.getByRole("region", { name: m.history.versionsHeading });
      await expect(versions.getByRole("article")).not.toHaveCount(0);
      await expect(versions).toContainText(m.changes.offentliggjort);
      const documents = page.getByRole("region", { name: m.history.documentsHeading });
      const link = documents.getByRole("link", { name: new RegExp(`${m.documentKinds.uddannelsespaalaeg}.*2022`) });
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(new RegExp(`^${portal.path("/min-plan/historik/dokumenter/")}[0-9a-f-]{36}$`));

      const pdf = await page.request.get(href);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect(pdf.headers()["content-disposition"]).toContain(`filename="${PAALAEG_FILENAME}"`);
      expect(pdf.headers()["cache-control"]).toContain("no-store");
      expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
      expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      // Another citizen, and a malformed id: 404, with a page that says so.
      const other = await browser.newContext({ baseURL, storageState: undefined, javaScriptEnabled: javaScript });
      const anna = new Portal(await other.newPage(), language, javaScript);
      await anna.logInWithMitid({ name: "Anna Andersen" });
      await anna.expectWelcome("Anna Andersen");
      const refused = await anna.page.goto(href);
      expect(refused?.status()).toBe(404);
      expect(refused?.headers()["content-type"]).toContain("text/html");
      await expect(anna.page.getByRole("heading", { level: 1, name: m.documentNotFound })).toBeVisible();
      expect((await anna.page.request.get(portal.path("/min-plan/historik/dokumenter/ikke-et-id"))).status()).toBe(404);
      // Anna's own history has no documents.
      await anna.page.goto(anna.path("/min-plan/historik"));
      await expect(anna.page.getByRole("region", { name: m.history.documentsHeading })).toContainText(m.history.noDocuments);
      await other.close();
    });
  });
}

test("R4.3 a citizen without a plan is told so under Min plan, and no one logged out reaches a document", async ({ page }) => {
  const portal = new Portal(page, "en");
  const anonymous = await page.request.get("/min-plan/historik/dokumenter/00000000-0000-4000-8000-000000000000", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(anonymous.status());
  await portal.logInWithMitid({ name: "Dorte Fleks" });
  await portal.expectWelcome("Dorte Fleks");
  await page.goto(portal.path("/min-plan"));
  await portal.expectHeading(portal.m.plans.title);
  await expect(page.getByRole("main")).toContainText(portal.m.plans.empty);
});
