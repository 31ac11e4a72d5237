import { DEMO_PASSWORD } from "@/db/demo-data";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

for (const language of ["da", "en"] as Language[]) {
  for (const javaScript of [true, false]) {
    const mode = javaScript ? "JavaScript on" : "JavaScript off";
    test.describe(`Brugerkode login (${language}, ${mode})`, () => {
      test.use({ javaScriptEnabled: javaScript });

      test(`R1.1a brugerkode login as Bent Brugerkode works (${language}, ${mode})`, async ({ page }) => {
        const portal = new Portal(page, language);
        await portal.openBrugerkodeLogin();
        await portal.submitBrugerkoder("bent.brugerkode", DEMO_PASSWORD);
        await portal.expectWelcome("Bent Brugerkode");
        await expect(page).toHaveURL(portal.path("/"));
        await portal.logOut();
      });

      test(`R1.1a a wrong password and an unflagged user get the same error (${language}, ${mode})`, async ({ page, axe }) => {
        const portal = new Portal(page, language);
        const messages: string[] = [];
        for (const [username, password] of [
          ["bent.brugerkode", "not-the-password"],
          // Gitte has brugerkoder and the right password, but the flag was removed when she used MitID.
          ["gitte.gammelkode", DEMO_PASSWORD],
          ["nobody.known", DEMO_PASSWORD],
        ]) {
          await portal.openBrugerkodeLogin();
          await portal.submitBrugerkoder(username, password);
          const summary = page.getByRole("alert", { name: portal.text.problem });
          await expect(summary).toContainText(portal.text.notRecognised);
          if (javaScript) await expect(summary).toBeFocused();
          await expect(page.getByLabel(portal.text.username)).toHaveAccessibleDescription(portal.text.notRecognised);
          await axe.check();
          messages.push((await summary.innerText()).trim());
        }
        expect(new Set(messages).size).toBe(1);
        await expect(page.getByRole("button", { name: portal.text.logout })).toHaveCount(0);
      });
    });
  }
}

test("R1.1a empty fields are named in the error summary, each tied to its field", async ({ page, axe }) => {
  const portal = new Portal(page, "da");
  await portal.openBrugerkodeLogin();
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  const summary = page.getByRole("alert", { name: "Der er et problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Skriv dit brugernavn" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Skriv din adgangskode" })).toBeVisible();
  await expect(page.getByLabel("Adgangskode")).toHaveAccessibleDescription(/Skriv din adgangskode/);
  await axe.check();
  await summary.getByRole("link", { name: "Skriv din adgangskode" }).click();
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
});

test("X1 brugerkode login by keyboard alone", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.openFrontPage();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
  // Tab through the page to the brugerkode link and follow it with Enter.
  const link = page.getByRole("link", { name: portal.text.brugerkodeLink });
  for (let presses = 0; presses < 10 && !(await link.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: portal.text.brugerkodeTitle })).toBeVisible();

  const username = page.getByLabel("Brugernavn");
  for (let presses = 0; presses < 10 && !(await username.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(username).toBeFocused();
  await page.keyboard.type("bent.brugerkode");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await portal.expectWelcome("Bent Brugerkode");
});
