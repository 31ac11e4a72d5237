import { noCodesCitizens } from "@/tests/support/e2e-fixtures";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

test.use({ storageState: authState("caseworker") });

for (const language of ["da", "en"] as Language[]) {
  test(`R1.1a a caseworker gives a citizen brugerkoder; the citizen logs in, chooses a password; removing the flag ends it (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const staff = new StaffPortal(page, language);
    const cpr = freshCpr();
    await page.goto(staff.path("/medarbejder/jobcenter"));
    const create = page.getByRole("region", { name: staff.m.jobcenter.createTitle });
    await create.getByRole("textbox", { name: staff.m.citizen.cpr }).fill(cpr);
    await create.getByLabel(staff.m.jobcenter.name).fill("Kirsten Kode");
    await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
    const summary = page.getByRole("alert", { name: staff.m.errorSummaryTitle });
    await summary.getByRole("link", { name: staff.m.errors.reasonMissing }).click();
    await expect(create.getByLabel(staff.m.jobcenter.reason)).toBeFocused();
    await create.getByLabel(staff.m.jobcenter.reason).fill("Har ikke MitID");
    await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
    const issued = await staff.issuedCredentials();
    expect(issued.username).toMatch(/^kirsten\.kode\d*$/);

    const citizenContext = await browser.newContext({ baseURL, storageState: undefined });
    const portal = new Portal(await citizenContext.newPage(), language);
    await portal.logInWithBrugerkoder(issued.username, issued.password);
    await portal.page.getByLabel(portal.m.newPassword.password, { exact: true }).fill("solen skinner over aarhus bugt");
    await portal.page.getByLabel(portal.m.newPassword.repeat).fill("solen skinner over aarhus bugt");
    await portal.page.getByRole("button", { name: portal.m.newPassword.submit }).click();
    await portal.expectWelcome("Kirsten Kode");

    await staff.findForJobcenter(cpr);
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);
    await expect(page.getByRole("table")).toContainText("Har ikke MitID");
    await page.getByLabel(staff.m.jobcenter.reason).fill("Har fået MitID");
    await page.getByRole("button", { name: staff.m.jobcenter.clearFlag }).click();
    await expect(page.getByRole("status")).toHaveText(staff.m.jobcenter.flagChanged);
    await page.reload();
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagNotSet);

    // The citizen's brugerkode session ended with the flag.
    await portal.page.reload();
    await portal.expectLoggedOut();
    await citizenContext.close();
  });
}

(["da", "en"] as Language[]).forEach((language, index) => {
  test(`R1.1a a citizen without brugerkoder who gets the flag is given a username and password (${language})`, async ({ page }) => {
    const staff = new StaffPortal(page, language);
    const citizen = noCodesCitizens[index];
    await staff.findForJobcenter(citizen.cpr);
    await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
    await expect(page.getByText(staff.m.citizen.noBrugerkoder, { exact: true })).toBeVisible();
    await page.getByLabel(staff.m.jobcenter.reason).fill("Mistet sit MitID");
    await page.getByRole("button", { name: staff.m.jobcenter.setFlag }).click();
    const issued = await staff.issuedCredentials();
    expect(issued.password.length).toBeGreaterThanOrEqual(15);
    await page.reload();
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);
  });
});

test("R1.1a a caseworker cannot give a second profile to a citizen who has one", async ({ page }) => {
  const staff = new StaffPortal(page, "da");
  await page.goto("/medarbejder/jobcenter");
  const create = page.getByRole("region", { name: staff.m.jobcenter.createTitle });
  await create.getByRole("textbox", { name: staff.m.citizen.cpr }).fill("0101901111");
  await create.getByLabel(staff.m.jobcenter.name).fill("Anna Andersen");
  await create.getByLabel(staff.m.jobcenter.reason).fill("Forsøg");
  await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
  await expect(page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toContainText(staff.errors.hasProfile);
});

for (const language of ["da", "en"] as Language[]) {
  test(`X5 a caseworker reaches only their own jobcenter's citizens: another jobcenter's is refused at the search and on their page (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const staff = new StaffPortal(page, language);
    // Henrik Hansen belongs to Jobcenter Aarhus; Jens Jobcenter works at Jobcenter København.
    await staff.findForJobcenter("090944-9999");
    await expect(page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toContainText(staff.errors.otherJobcenter);
    await expect(page).toHaveURL(staff.path("/medarbejder/jobcenter"));

    // Support reaches him, and so learns the address of his page…
    const supportContext = await browser.newContext({ baseURL, storageState: authState("support") });
    const support = new StaffPortal(await supportContext.newPage(), language);
    await support.findForSupport("0909449999");
    await expect(support.page.getByRole("heading", { level: 1, name: "Henrik Hansen" })).toBeVisible();
    const citizenId = support.page.url().split("/").at(-1)!;
    await supportContext.close();

    // …which the caseworker cannot open: refused in the page, nothing about him shown.
    const response = await page.goto(staff.path(`/medarbejder/jobcenter/borger/${citizenId}`));
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(staff.m.citizen.otherJobcenter);
    await expect(page.getByRole("main")).not.toContainText("Henrik Hansen");
    await expect(page.getByRole("main")).not.toContainText("henrik.hansen");
  });
}
