import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

for (const { language, javaScript } of languagesAndNoScript) {
  const mode = describeMode({ language, javaScript });
  test.describe(`The special support request (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.8 'Opret dig med MitID' leads to the special support request, which is validated and receipted (${mode})`, async ({ page, axe }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.supportRequest;
      await page.goto(portal.path("/opret"));
      await page.getByRole("link", { name: portal.m.creation.supportLink }).click();
      await portal.expectHeading(m.title);

      await page.getByLabel(m.name).fill("Karen Ledig");
      await page.getByLabel(m.cpr).fill("12345");
      await page.getByRole("button", { name: m.submit }).click();
      const summary = page.getByRole("alert", { name: m.errorSummaryTitle });
      await expect(summary.getByRole("link", { name: m.errors.cprInvalid })).toBeVisible();
      await expect(summary.getByRole("link", { name: m.errors.phoneMissing })).toBeVisible();
      await expect(summary.getByRole("link", { name: m.errors.situationMissing })).toBeVisible();
      await expect(page.getByLabel(m.cpr)).toHaveAccessibleDescription(new RegExp(m.errors.cprInvalid));
      // What was typed is still there.
      await expect(page.getByLabel(m.name)).toHaveValue("Karen Ledig");
      if (javaScript) await expect(summary).toBeFocused();
      await axe.check();

      await page.getByLabel(m.cpr).fill("010190-1234");
      await page.getByLabel(m.phone).fill("12 34 56 78");
      await page.getByLabel(m.situation).fill("Jeg skal meldes ledig i dag, og jobcentret har lukket.");
      await page.getByRole("button", { name: m.submit }).click();
      await portal.expectHeading(m.receiptTitle);
      await expect(page.getByRole("status")).toContainText(/SH-[2-9A-HJ-NP-Z]{8}/);
      await expect(page.getByRole("main")).not.toContainText("0101901234");
    });
  });
}
