import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { lockCitizen, wrongPasswordCitizens } from "@/tests/support/e2e-fixtures";
import { describeMode, everyMode } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

everyMode.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`Brugerkode login (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.1a brugerkode login as Bent Brugerkode works (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await portal.logInWithBrugerkoder("bent.brugerkode", DEMO_PASSWORD);
      await portal.expectWelcome("Bent Brugerkode");
      await expect(page).toHaveURL(portal.path("/"));
      await portal.logOut({ mitid: false });
    });

    test(`R1.3 a wrong password and an unflagged user get the same error, announced and focused (${mode})`, async ({ page, axe }) => {
      const portal = new Portal(page, language, javaScript);
      const messages: string[] = [];
      for (const [username, password] of [
        [wrongPasswordCitizens[index].username, "not-the-password"],
        // Gitte has brugerkoder and the right password, but the flag was removed when she used MitID.
        ["gitte.gammelkode", DEMO_PASSWORD],
        ["nobody.known", DEMO_PASSWORD],
      ]) {
        await portal.logInWithBrugerkoder(username, password);
        await portal.expectNotRecognised();
        if (javaScript) await expect(portal.errorSummary()).toBeFocused();
        await expect(page.getByLabel(portal.m.brugerkodeLogin.username)).toHaveAccessibleDescription(
          new RegExp(portal.m.brugerkodeLogin.notRecognised.slice(0, 30)),
        );
        await axe.check();
        messages.push((await portal.errorSummary().innerText()).trim());
      }
      expect(new Set(messages).size).toBe(1);
      await portal.expectLoggedOut();
    });

    test(`R1.3 'Glemt din adgangskode?' leads to guidance whose breadcrumb links all work (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await portal.openBrugerkodeLogin();
      await page.getByRole("link", { name: portal.m.brugerkodeLogin.forgotLink }).click();
      await portal.expectHeading(portal.m.forgotPassword.title);
      await expect(page.getByRole("main")).toContainText(portal.m.forgotPassword.text1);

      const breadcrumb = page.getByRole("navigation", { name: portal.m.forgotPassword.breadcrumb });
      await expect(breadcrumb.getByText(portal.m.forgotPassword.title)).toHaveAttribute("aria-current", "page");
      const crumbs = breadcrumb.getByRole("link");
      await expect(crumbs).toHaveCount(2);
      for (const href of await crumbs.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
      await crumbs.last().click();
      await portal.expectHeading(portal.m.brugerkodeLogin.title);
    });

    test(`R1.3 the link to MitID login says where it goes, and a failed login empties the password (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      for (const [username, password] of [
        [wrongPasswordCitizens[index].username, "not-the-password"],
        ["nobody.known", DEMO_PASSWORD],
      ]) {
        await portal.logInWithBrugerkoder(username, password);
        await portal.expectNotRecognised();
        await expect(page.getByLabel(portal.m.brugerkodeLogin.password)).toHaveValue("");
      }

      const link = page.getByRole("link", { name: portal.m.brugerkodeLogin.mitidLink });
      await expect(link).toHaveAccessibleName(/MitID/);
      await link.click();
      await expect(page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
    });

    test(`R1.3 who may use brugerkoder is collapsed until opened (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      await portal.openBrugerkodeLogin();
      const disclosure = page.getByText(portal.m.brugerkodeLogin.whoCanHeading);
      const explanation = page.getByText(portal.m.brugerkodeLogin.whoCanText1);
      await expect(explanation).toBeHidden();
      await disclosure.focus();
      await page.keyboard.press("Enter");
      await expect(explanation).toBeVisible();
    });
  });
});

test("R1.2 the front page has no username or password field", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.openFrontPage();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.locator("input[type=password]")).toHaveCount(0);
});

test("R1.3 empty fields are named in the error summary, each tied to its field", async ({ page, axe }) => {
  const portal = new Portal(page, "da");
  await portal.openBrugerkodeLogin();
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  const summary = portal.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Skriv dit brugernavn" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Skriv din adgangskode" })).toBeVisible();
  await expect(page.getByLabel("Adgangskode")).toHaveAccessibleDescription(/Skriv din adgangskode/);
  await axe.check();
  await summary.getByRole("link", { name: "Skriv din adgangskode" }).click();
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
  // Typing in a field does not pull focus back to the summary.
  await page.keyboard.type("x");
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
});

test("X5 after five wrong passwords the right one is refused too, with the same message", async ({ page }) => {
  const portal = new Portal(page, "da");
  for (let attempt = 0; attempt < 5; attempt++) {
    await portal.logInWithBrugerkoder(lockCitizen.username, `wrong-${attempt}`);
    await portal.expectNotRecognised();
  }
  await portal.logInWithBrugerkoder(lockCitizen.username, DEMO_PASSWORD);
  await portal.expectNotRecognised();
  await portal.expectLoggedOut();
});

test("X1 brugerkode login by keyboard alone", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.openFrontPage();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
  const tabTo = async (locator: ReturnType<typeof page.getByRole>) => {
    for (let presses = 0; presses < 15 && !(await locator.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(locator).toBeFocused();
  };
  await tabTo(page.getByRole("link", { name: "Har du ikke MitID? Gå til log ind med brugerkoder" }));
  await page.keyboard.press("Enter");
  await portal.expectHeading("Log ind med brugernavn og adgangskode");

  await tabTo(page.getByRole("textbox", { name: "Brugernavn" }));
  await page.keyboard.type("bent.brugerkode");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await portal.expectWelcome("Bent Brugerkode");
});
