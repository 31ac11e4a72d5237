import { expect, test } from "../../fixtures/test";
import { MitidSimulatorPage } from "../../pages/mitid-simulator";
import { Portal, type Language } from "../../pages/portal";

for (const language of ["da", "en"] as Language[]) {
  test.describe(`MitID login (${language})`, () => {
    test(`R1.1a MitID login as Anna Andersen lands on her front page, and logout ends it (${language})`, async ({ page, context }) => {
      const portal = new Portal(page, language);
      const mitid = new MitidSimulatorPage(page);

      await portal.openFrontPage();
      await portal.startMitidLogin();
      await mitid.logInAs("Anna Andersen");
      await portal.expectWelcome("Anna Andersen");
      await expect(page).toHaveURL(portal.path("/"));
      await expect(page.locator("html")).toHaveAttribute("lang", language);

      const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === "jobnet.session");
      expect(sessionCookie?.httpOnly).toBe(true);
      expect(sessionCookie?.sameSite).toBe("Lax");

      await portal.logOut();
      await expect(page).toHaveURL(portal.path("/logget-ud"));
      await portal.openFrontPage();
      await expect(page.getByRole("button", { name: portal.text.mitidButton })).toBeVisible();

      // The broker's session ended too: MitID asks who is logging in again.
      await portal.startMitidLogin();
      await mitid.expectShown();
    });

    test(`X5 an old session cookie does not work after logout (${language})`, async ({ page, context, browser }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await new MitidSimulatorPage(page).logInAs("Dorte Fleks");
      await portal.expectWelcome("Dorte Fleks");
      const copied = await context.storageState();

      await portal.logOut();

      const replay = await browser.newContext({ storageState: copied, baseURL: page.url() });
      const replayPage = await replay.newPage();
      await replayPage.goto(portal.path("/"));
      await expect(replayPage.getByRole("button", { name: portal.text.mitidButton })).toBeVisible();
      await expect(replayPage.getByRole("heading", { name: portal.text.welcome("Dorte Fleks") })).toHaveCount(0);
      await replay.close();
    });

    test(`R1.1a Afbryd in MitID gives a friendly message, not an error (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await new MitidSimulatorPage(page).cancel();
      const title = language === "da" ? "Du afbrød log ind med MitID" : "You cancelled logging in with MitID";
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("button", { name: portal.text.mitidButton })).toBeVisible();
      await expect(page.getByRole("button", { name: portal.text.logout })).toHaveCount(0);
    });

    test(`R1.1a a MitID login below assurance level Substantial is refused (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      const mitid = new MitidSimulatorPage(page);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await mitid.expectShown();
      await mitid.chooseAssuranceLevel("Low");
      await mitid.logInAs("Anna Andersen");
      const title = language === "da" ? "Dit log ind med MitID var ikke sikkert nok" : "Your MitID login was not secure enough";
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await portal.openFrontPage();
      await expect(page.getByRole("heading", { name: portal.text.welcome("Anna Andersen") })).toHaveCount(0);
    });

    test(`R1.1a a MitID identity without a Jobnet profile is told so and gets no session (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await new MitidSimulatorPage(page).logInAs("Carl Ny");
      const title = language === "da" ? "Du har ikke en profil på Jobnet" : "You do not have a Jobnet profile";
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("button", { name: portal.text.logout })).toHaveCount(0);
    });
  });
}

test("R1.1a a MitID login with an unknown CPR number gets no session", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.openFrontPage();
  await portal.startMitidLogin();
  await new MitidSimulatorPage(page).logInWithCpr("1212121212");
  await expect(page.getByRole("heading", { level: 1, name: "Du har ikke en profil på Jobnet" })).toBeVisible();
});
