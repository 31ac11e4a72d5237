import { expect, simulatorUrl, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

for (const language of ["da", "en"] as Language[]) {
  test.describe(`MitID login (${language})`, () => {
    test(`R1.1a MitID login as Anna Andersen lands on her front page, and logout ends it (${language})`, async ({ page, context }) => {
      const portal = new Portal(page, language);
      const urls: string[] = [];
      page.on("request", (request) => urls.push(request.url()));

      await portal.logInWithMitid({ name: "Anna Andersen" });
      await portal.expectWelcome("Anna Andersen");
      await expect(page).toHaveURL(portal.path("/"));
      await expect(page.locator("html")).toHaveAttribute("lang", language);

      const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === "jobnet.session");
      expect(sessionCookie?.httpOnly).toBe(true);
      expect(sessionCookie?.sameSite).toBe("Lax");

      const brokerLogout = page.waitForRequest((request) => request.url() === `${simulatorUrl}/session/end/confirm`);
      await portal.logOut({ mitid: true });
      // The broker's session ended too (RP-initiated logout), and the ID token that travelled
      // in the logout address names no one: no CPR number in any address.
      await brokerLogout;
      await expect(page).toHaveURL(portal.path("/logget-ud"));
      const hint = urls.map((url) => new URL(url).searchParams.get("id_token_hint")).find(Boolean)!;
      const claims = JSON.parse(Buffer.from(hint.split(".")[1], "base64url").toString());
      expect(JSON.stringify(claims)).not.toContain("0101901111");
      expect(urls.filter((url) => url.includes("0101901111"))).toEqual([]);

      await portal.openFrontPage();
      await expect(page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
      await portal.startMitidLogin();
      await portal.mitid.expectShown();
    });

    test(`X5 an old session cookie does not work after logout (${language})`, async ({ page, context, browser }) => {
      const portal = new Portal(page, language);
      await portal.logInWithMitid({ name: "Dorte Fleks" });
      await portal.expectWelcome("Dorte Fleks");
      const copied = await context.storageState();

      await portal.logOut({ mitid: true });

      const replay = await browser.newContext({ storageState: copied });
      const replayPage = await replay.newPage();
      await replayPage.goto(new URL(portal.path("/"), page.url()).toString());
      await expect(replayPage.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
      await expect(replayPage.getByRole("heading", { name: /Dorte Fleks/ })).toHaveCount(0);
      await replay.close();
    });

    test(`R1.1a Afbryd in MitID gives a friendly message, not an error (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await portal.mitid.cancel();
      await portal.expectHeading(portal.m.loginProblem.afbrudt.title);
      await expect(page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
      await portal.expectLoggedOut();
    });

    test(`R1.1a a MitID login below assurance level Substantial is refused (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.startMitidLogin();
      await portal.mitid.expectShown();
      await portal.mitid.chooseAssuranceLevel("Low");
      await portal.mitid.logInAs("Anna Andersen");
      await portal.expectHeading(portal.m.loginProblem.sikringsniveau.title);
      await portal.openFrontPage();
      await portal.expectLoggedOut();
    });

    test(`R1.5 a MitID identity without a profile is offered the creation flow and gets no session (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.logInWithMitid({ cpr: "1212121212" });
      await portal.expectHeading(portal.m.loginProblem["ingen-profil"].title);
      await portal.expectLoggedOut();
      await page.getByRole("link", { name: portal.m.loginProblem.createLink }).click();
      await portal.expectHeading(portal.m.creation.title);
    });
  });
}
