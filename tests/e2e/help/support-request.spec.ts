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

    test(`R1.8 the receipt is looked up: it shows when the request was received, and any other reference is not found (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.supportRequest;
      await page.goto(portal.path("/supporthenvendelse"));
      await page.getByLabel(m.name).fill("Karl Kvittering");
      await page.getByLabel(m.cpr).fill("010190-1234");
      await page.getByLabel(m.phone).fill("12345678");
      await page.getByLabel(m.situation).fill("Mit jobcenter har lukket.");
      await page.getByRole("button", { name: m.submit }).click();
      await portal.expectHeading(m.receiptTitle);
      const receipt = page.getByRole("main");
      await expect(receipt.getByRole("term")).toHaveText(m.receiptReceivedAt);
      await expect(receipt.getByRole("definition")).toContainText(new Date().getFullYear().toString());
      await expect(receipt).not.toContainText("Mit jobcenter har lukket.");
      const reference = (await page.getByRole("status").innerText()).match(/SH-[2-9A-HJ-NP-Z]{8}/)![0];

      // The same receipt opened again is found; a reference nobody was given, one of another
      // kind, a malformed one or none at all is not, with status 404 and a plain message.
      const again = await page.goto(`${portal.path("/supporthenvendelse/kvittering")}?reference=${reference}`);
      expect(again?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(reference);
      for (const query of [
        "?reference=SH-23456789",
        "?reference=SA-23456789",
        `?reference=${reference.toLowerCase()}`,
        "?reference=1",
        "?reference=%27%20or%201%3D1",
        "",
      ]) {
        const response = await page.goto(`${portal.path("/supporthenvendelse/kvittering")}${query}`);
        expect(response?.status(), query).toBe(404);
        await portal.expectHeading(portal.m.receiptNotFound.title);
        await expect(page.getByRole("main")).toContainText(portal.m.receiptNotFound.text);
        await expect(page).toHaveTitle(portal.m.metadata.title.replace("{page}", portal.m.receiptNotFound.title));
      }
    });
  });
}
