import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal } from "../../pages/portal";

for (const { language, javaScript } of languagesAndNoScript) {
  const mode = describeMode({ language, javaScript });
  test.describe(`Deleting access (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.6 FORTRYD changes nothing; SLET ADGANG deletes at once with a receipt; the citizen can come back (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const cpr = freshCpr();
      if (javaScript) await portal.createProfile({ cpr });
      else {
        // The no-JavaScript creation flow has its own test; here the profile just has to exist.
        await page.goto(portal.path("/opret"));
        await page.getByRole("checkbox", { name: portal.m.creation.consentLabel }).check();
        await page.getByRole("button", { name: portal.m.creation.submit }).click();
        await portal.mitid.logInWithCpr(cpr);
        await page.getByRole("button", { name: portal.m.terms.submit }).click();
      }

      await page.getByRole("link", { name: portal.m.shell.profileLink }).click();
      await page.getByRole("link", { name: portal.m.profile.deleteLink }).click();
      await portal.expectHeading(portal.m.deleteAccess.title);
      await expect(page.getByRole("textbox")).toHaveCount(0);

      await page.getByRole("link", { name: portal.m.deleteAccess.cancel }).click();
      await portal.expectHeading(portal.m.profile.title);

      await page.getByRole("link", { name: portal.m.profile.deleteLink }).click();
      await page.getByRole("button", { name: portal.m.deleteAccess.confirm }).click();
      await portal.followBrokerLogout();
      await portal.expectHeading(portal.m.deletionReceipt.title);
      await expect(page.getByRole("main")).toContainText(portal.m.deletionReceipt.reference);
      // An unguessable receipt number, and the time of the deletion as the log holds it.
      await expect(page.getByRole("status")).toContainText(/SA-[2-9A-HJ-NP-Z]{8}/);
      await expect(page.getByRole("main").getByRole("term")).toHaveText(portal.m.deletionReceipt.deletedAt);
      await portal.expectLoggedOut();

      // MitID no longer finds a profile…
      await portal.logInWithMitid({ cpr });
      await portal.expectHeading(portal.m.loginProblem["ingen-profil"].title);
      // …and the citizen can create one again.
      await page.getByRole("link", { name: portal.m.loginProblem.createLink }).click();
      await page.getByRole("checkbox", { name: portal.m.creation.consentLabel }).check();
      await page.getByRole("button", { name: portal.m.creation.submit }).click();
      await portal.mitid.logInWithCpr(cpr);
      await page.getByRole("button", { name: portal.m.terms.submit }).click();
      await expect(page.getByRole("status")).toHaveText(portal.m.frontPage.welcomeNew);
    });
  });
}

test("R1.6 deleting access logs out a second browser of the same citizen on its next request", async ({ page, browser, baseURL }) => {
  const portal = new Portal(page, "da");
  const cpr = freshCpr();
  await portal.createProfile({ cpr });

  const other = await browser.newContext({ baseURL });
  const otherPortal = new Portal(await other.newPage(), "da");
  await otherPortal.logInWithMitid({ cpr });
  await otherPortal.expectHeading(/^Velkommen, /);

  await page.goto("/profil/slet-adgang");
  await page.getByRole("button", { name: "SLET ADGANG" }).click();
  await portal.expectHeading("Din adgang til Jobnet er slettet");

  await otherPortal.page.reload();
  await otherPortal.expectHeading("Velkommen til Jobnet");
  await otherPortal.expectLoggedOut();
  await other.close();
});

for (const language of ["da", "en"] as const) {
  test(`R1.6 the deletion receipt is shown only in the browser that deleted the access; anywhere else it is not found (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const portal = new Portal(page, language);
    await portal.createProfile({ cpr: freshCpr() });
    await page.goto(portal.path("/profil/slet-adgang"));
    await page.getByRole("button", { name: portal.m.deleteAccess.confirm }).click();
    await portal.expectHeading(portal.m.deletionReceipt.title);
    const reference = (await page.getByRole("status").innerText()).match(/SA-[2-9A-HJ-NP-Z]{8}/)![0];

    // Another browser, even with the receipt's address, has no receipt to see.
    const other = await browser.newContext({ baseURL, storageState: undefined });
    const otherPage = await other.newPage();
    const response = await otherPage.goto(portal.path("/profil/slet-adgang/kvittering"));
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { level: 1, name: portal.m.receiptNotFound.title })).toBeVisible();
    await expect(otherPage.getByRole("main")).not.toContainText(reference);
    await other.close();

    // A receipt cookie naming someone else's deletion, or made up, shows nothing either.
    const cookies = await page.context().cookies();
    const receiptCookie = cookies.find((cookie) => cookie.name.endsWith("jobnet.deletion-receipt"))!;
    const own = JSON.parse(decodeURIComponent(receiptCookie.value)) as { citizenId: string; reference: string };
    expect(own.reference).toBe(reference);
    for (const value of [{ citizenId: crypto.randomUUID(), reference }, { ...own, reference: "SA-23456789" }, "not json"]) {
      await page.context().addCookies([{ ...receiptCookie, value: encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value)) }]);
      const forged = await page.goto(portal.path("/profil/slet-adgang/kvittering"));
      expect(forged?.status()).toBe(404);
      await portal.expectHeading(portal.m.receiptNotFound.title);
    }
  });
}
