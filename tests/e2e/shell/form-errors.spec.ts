import { authState } from "@/tests/support/auth-states";
import { describeMode, everyMode } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

// X1: after a failed submit, with or without JavaScript, the title says there is an error and
// the error summary is the first thing a screen reader meets. X2: no message shows as a key.

for (const { language, javaScript } of everyMode) {
  const mode = describeMode({ language, javaScript });
  test.describe(`A failed submit (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`X1 the special support request: title starts with the error prefix, the summary comes first and has focus (${mode})`, async ({ page, axe }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.supportRequest;
      await page.goto(portal.path("/supporthenvendelse"));
      await expect(page).toHaveTitle(portal.m.metadata.title.replace("{page}", m.title));
      await page.getByRole("button", { name: m.submit }).click();
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await expect(summary.getByRole("link", { name: m.errors.nameMissing })).toBeVisible();
      await axe.check();

      // Put right, the title is the page's own again (with JavaScript, in place).
      if (javaScript) {
        await page.getByLabel(m.name).fill("Karen Ledig");
        await page.getByLabel(m.cpr).fill("010190-1234");
        await page.getByLabel(m.phone).fill("12345678");
        await page.getByLabel(m.situation).fill("Skal meldes ledig.");
        await page.getByRole("button", { name: m.submit }).click();
        await portal.expectHeading(m.receiptTitle);
        await expect(page).not.toHaveTitle(/^(Fejl|Error):/);
      }
    });

    test(`X1 the brugerkode login: title starts with the error prefix, the summary comes first and has focus (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await portal.logInWithBrugerkoder("nobody.known", "not-the-password");
      await portal.expectNotRecognised();
      await portal.expectFailedSubmit(portal.m.brugerkodeLogin.errorSummaryTitle);
    });

    test(`X1 'Opret dig med MitID' without the tick: title starts with the error prefix, the summary comes first and has focus (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await page.goto(portal.path("/opret"));
      await page.getByRole("button", { name: portal.m.creation.submit }).click();
      const summary = await portal.expectFailedSubmit(portal.m.creation.errorSummaryTitle);
      await expect(summary).toContainText(portal.m.creation.errors.persondataMissing);
    });
  });
}

for (const language of ["da", "en"] as Language[]) {
  test.describe(`Forms that were tampered with (${language}, JavaScript off)`, () => {
    test.use({ javaScriptEnabled: false });

    test(`X2 a post that lacks a field is answered with a translated message, never a raw key (${language})`, async ({ page }) => {
      const portal = new Portal(page, language, false);
      const m = portal.m.supportRequest;
      await page.goto(portal.path("/supporthenvendelse"));
      await page.getByLabel(m.name).fill("Karen Ledig");
      await page.getByLabel(m.cpr).fill("010190-1234");
      await page.getByLabel(m.phone).fill("12345678");
      // The form arrives without the description at all, as a hand-made post would.
      await page.getByLabel(m.situation).evaluate((field) => field.remove());
      await page.getByRole("button", { name: m.submit }).click();
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await expect(summary).toContainText(m.errors.invalid);
      const text = await page.locator("body").innerText();
      expect(text).not.toContain("MISSING_MESSAGE");
      expect(text).not.toMatch(/\b(supportRequest|errors)\.[a-zA-Z]/);
      expect(text).not.toContain("Invalid input");
    });
  });
}

test.describe("Staff forms that were tampered with", () => {
  test.use({ storageState: authState("caseworker") });

  for (const language of ["da", "en"] as Language[]) {
    test(`X2 a changed hidden value is refused with a translated message in the summary, never a raw key (${language})`, async ({ page }) => {
      const staff = new StaffPortal(page, language);
      const cpr = freshCpr();
      await page.goto(staff.path("/medarbejder/jobcenter"));
      const create = page.getByRole("region", { name: staff.m.jobcenter.createTitle });
      await create.getByRole("textbox", { name: staff.m.citizen.cpr }).fill(cpr);
      await create.getByLabel(staff.m.jobcenter.name).fill("Tina Tastefejl");
      await create.getByLabel(staff.m.jobcenter.reason).fill("Har ikke MitID");
      await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
      await staff.issuedCredentials();
      await staff.findForJobcenter(cpr);
      await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);

      await page.locator('input[type=hidden][name="flagged"]').evaluate((field) => ((field as HTMLInputElement).value = "maybe"));
      await page.getByLabel(staff.m.jobcenter.reason).fill("Test");
      await page.getByRole("button", { name: staff.m.jobcenter.clearFlag }).click();
      const summary = page.getByRole("alert", { name: staff.m.errorSummaryTitle });
      await expect(summary).toContainText(staff.m.errors.invalid);
      // The page's title says so too (with JavaScript, on a page with several forms).
      await expect(page).toHaveTitle(new RegExp(`^${language === "da" ? "Fejl" : "Error"}: `));
      const text = await page.locator("body").innerText();
      expect(text).not.toContain("MISSING_MESSAGE");
      expect(text).not.toMatch(/\bstaff\.errors\./);
      await page.reload();
      await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);
    });
  }

  test("X1 a staff page's title starts with Fejl: while its error summary shows", async ({ page }) => {
    const staff = new StaffPortal(page, "da");
    await page.goto("/medarbejder/jobcenter");
    const title = await page.title();
    await page.getByRole("textbox", { name: staff.m.citizen.cpr }).first().fill("12345");
    await page.getByRole("button", { name: staff.m.citizen.searchButton }).click();
    await expect(page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toBeFocused();
    await expect(page).toHaveTitle(`Fejl: ${title}`);
  });
});
