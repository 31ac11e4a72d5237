import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { warningCitizens } from "@/tests/support/e2e-fixtures";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`The brugerkode warning (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.4 a flagged citizen is warned before any session, and 'LOG IND MED BRUGERNAVN OG ADGANGSKODE' logs out of MitID (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await portal.logInWithMitid({ name: "Birthe Brugerkode" });
      await portal.expectHeading(portal.m.mitidWarning.title);
      await expect(page.getByRole("main")).toContainText(portal.m.mitidWarning.text2);
      await expect(page.getByRole("link", { name: /supportmodul/i })).toHaveCount(0);
      // No session exists yet.
      await portal.expectLoggedOut();
      const profile = await page.request.get(portal.path("/profil"), { maxRedirects: 0 });
      expect(profile.status()).toBe(307);

      await page.getByRole("button", { name: portal.m.mitidWarning.useBrugerkoder }).click();
      await portal.followBrokerLogout();
      await portal.expectHeading(portal.m.brugerkodeLogin.title);
      await expect(page).toHaveURL(portal.path("/log-ind/brugerkoder"));

      // Nothing changed: her brugerkoder still work.
      await portal.submitBrugerkoder("birthe.brugerkode", DEMO_PASSWORD);
      await portal.expectWelcome("Birthe Brugerkode");
    });

    test(`R1.4 'FORTSÆT MED MitID' logs in and removes the flag, so brugerkoder stop working (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const citizen = warningCitizens[index];
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectHeading(portal.m.mitidWarning.title);
      await page.getByRole("button", { name: portal.m.mitidWarning.continue }).click();
      await portal.expectWelcome(citizen.name);

      await portal.logOut({ mitid: true });
      await portal.logInWithBrugerkoder(citizen.username, DEMO_PASSWORD);
      await portal.expectNotRecognised();

      // Their next MitID login goes straight in, with no warning.
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);
    });
  });
});

test("R1.4 the warning page works by keyboard alone", async ({ page }) => {
  const portal = new Portal(page, "da");
  const citizen = warningCitizens[3];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await portal.expectHeading("Du er ved at logge ind med MitID");
  const continueButton = page.getByRole("button", { name: "FORTSÆT MED MitID" });
  for (let presses = 0; presses < 15 && !(await continueButton.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(continueButton).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "LOG IND MED BRUGERNAVN OG ADGANGSKODE" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await portal.expectWelcome(citizen.name);
});

test("R1.4 the warning cannot be used twice", async ({ page, context }) => {
  const portal = new Portal(page, "da");
  await portal.logInWithMitid({ name: "Birthe Brugerkode" });
  await portal.expectHeading("Du er ved at logge ind med MitID");
  const pending = (await context.cookies()).find((cookie) => cookie.name === "jobnet.pending-login");
  expect(pending?.httpOnly).toBe(true);
  await page.getByRole("button", { name: "LOG IND MED BRUGERNAVN OG ADGANGSKODE" }).click();
  await portal.expectHeading("Log ind med brugernavn og adgangskode");

  // Replaying the used cookie gets the citizen nowhere.
  await context.addCookies([pending!]);
  await page.goto("/log-ind/mitid-advarsel");
  await page.getByRole("button", { name: "FORTSÆT MED MitID" }).click();
  await portal.expectHeading("Siden var udløbet");
  await portal.expectLoggedOut();
});
