import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal, type Language } from "../../pages/portal";

test("R1.5 Carl Ny creates a profile with MitID: privacy tick, terms, OPRET MIG, welcome", async ({ page, axe }) => {
  const portal = new Portal(page, "da");
  await portal.openFrontPage();
  await page.getByRole("link", { name: "OPRET MIG MED MitID" }).click();
  await portal.expectHeading("Opret dig med MitID");
  await expect(page.getByRole("main").getByRole("link", { name: "Politik om persondata" })).toHaveAttribute("href", "/politik-om-persondata");
  await expect(page.locator("input[type=password], input[name=username]")).toHaveCount(0);

  // Without the tick: an error, not a silent no-op.
  await page.getByRole("button", { name: "OPRET VIA MitID" }).click();
  const summary = page.getByRole("alert", { name: "Der er et problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Sæt kryds i 'Jeg har læst Politik om persondata'");
  await expect(page.getByRole("checkbox", { name: "Jeg har læst Politik om persondata" })).toHaveAccessibleDescription(/Sæt kryds/);
  await axe.check();

  await page.getByRole("checkbox", { name: "Jeg har læst Politik om persondata" }).check();
  await page.getByRole("button", { name: "OPRET VIA MitID" }).click();
  await portal.mitid.logInAs("Carl Ny");
  await portal.expectHeading("Brugsvilkår for Jobnet");
  await expect(page.locator("input[type=password]")).toHaveCount(0);
  await page.getByRole("button", { name: "OPRET MIG" }).click();

  await expect(page.getByRole("status")).toHaveText("Din profil er oprettet. Velkommen til Jobnet.");
  await portal.expectWelcome("Carl Ny");

  await page.getByRole("link", { name: "Min profil" }).click();
  await portal.expectHeading("Min profil");
  await expect(page.getByRole("link", { name: "Slet adgang" })).toBeVisible();
  await expect(page.getByText("Brugernavn og adgangskode")).toHaveCount(0);
});

for (const language of ["da", "en"] as Language[]) {
  test(`R1.5 a person new to Jobnet creates a profile with MitID (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.createProfile({ cpr: freshCpr() });
    await expect(portal.heading(portal.m.frontPage.welcomeHeading.replace("{name}", "Testperson"))).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
  });

  test(`R1.5 an identity that already has a profile is simply logged in (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    await page.getByRole("link", { name: portal.m.frontPage.createButton }).click();
    await page.getByRole("checkbox", { name: portal.m.creation.consentLabel }).check();
    await page.getByRole("button", { name: portal.m.creation.submit }).click();
    await portal.mitid.logInAs("Frida Ressource");
    await portal.expectWelcome("Frida Ressource");
    await expect(page.getByRole("status")).toHaveCount(0);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("R1.5 creation works without JavaScript, and the missing tick is refused by the server", async ({ page }) => {
    const portal = new Portal(page, "en", false);
    await portal.openFrontPage();
    await page.getByRole("link", { name: portal.m.frontPage.createButton }).click();
    await page.getByRole("button", { name: portal.m.creation.submit }).click();
    await expect(page).toHaveURL("/en/opret?fejl=persondata");
    await expect(page.getByRole("alert", { name: portal.m.creation.errorSummaryTitle })).toContainText(portal.m.creation.errors.persondataMissing);
    await page.getByRole("checkbox", { name: portal.m.creation.consentLabel }).check();
    await page.getByRole("button", { name: portal.m.creation.submit }).click();
    await portal.mitid.logInWithCpr(freshCpr());
    await portal.expectHeading(portal.m.terms.title);
    await page.getByRole("button", { name: portal.m.terms.submit }).click();
    await expect(page.getByRole("status")).toHaveText(portal.m.frontPage.welcomeNew);
  });
});
