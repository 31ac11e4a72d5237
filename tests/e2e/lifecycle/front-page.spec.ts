import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

test("R1.2 the front page offers MitID, 'OPRET MIG MED MitID' and the brugerkode link, in the release note's words", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Log ind med MitID" })).toBeVisible();
  await expect(page.getByRole("link", { name: "OPRET MIG MED MitID" })).toHaveAttribute("href", "/opret");
  await expect(page.getByRole("link", { name: "Har du ikke MitID? Gå til log ind med brugerkoder" })).toHaveAttribute("href", "/log-ind/brugerkoder");
  await expect(page.locator("input:not([type=hidden])")).toHaveCount(0);
});

for (const language of ["da", "en"] as Language[]) {
  test(`R1.2 the front page's login choices exist in English too (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    await expect(page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
    await page.getByRole("link", { name: portal.m.frontPage.createButton }).click();
    await portal.expectHeading(portal.m.creation.title);
  });

  test(`R2.1 the release's yellow note is a region with a heading, logged out and logged in (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    const body = language === "da" ? "kan du kun logge ind med MitID/NemID" : "you can only log in with MitID/NemID";
    const title = language === "da" ? "Log ind med MitID/NemID" : "Log in with MitID/NemID";

    await portal.openFrontPage();
    const note = page.getByRole("region", { name: title });
    await expect(note.getByRole("heading", { name: title })).toBeVisible();
    await expect(note).toContainText(body);
    await expect(page.getByText(/udfas|phase/i)).toHaveCount(0);

    await portal.logInWithMitid({ name: "Emil Ung" });
    await portal.expectWelcome("Emil Ung");
    await expect(page.getByRole("region", { name: title })).toContainText(body);
  });
}
