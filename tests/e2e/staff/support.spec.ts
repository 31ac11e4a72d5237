import { resetCitizens } from "@/tests/support/e2e-fixtures";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

test.use({ storageState: authState("support") });

(["da", "en"] as Language[]).forEach((language, index) => {
  test(`R1.1b support sees the flag and issues a new password to a flagged citizen, who must then choose their own (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const staff = new StaffPortal(page, language);
    const citizen = resetCitizens[index];
    await staff.findForSupport(citizen.username);
    await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);

    await page.getByRole("button", { name: staff.m.support.resetButton }).click();
    const issued = await staff.issuedCredentials();
    expect(issued.username).toBe(citizen.username);
    await expect(page.getByRole("table")).toContainText(staff.m.auditActions.brugerkode.password_reset);

    // The citizen logs in with it and must choose a password before anything else.
    const citizenContext = await browser.newContext({ baseURL, storageState: undefined });
    const portal = new Portal(await citizenContext.newPage(), language);
    await portal.logInWithBrugerkoder(issued.username, issued.password);
    const m = portal.m.newPassword;
    await portal.expectHeading(m.title);
    await portal.page.goto(portal.path("/profil"));
    await portal.expectHeading(m.title);

    const fill = async (password: string, repeat = password) => {
      await portal.page.getByLabel(m.password, { exact: true }).fill(password);
      await portal.page.getByLabel(m.repeat).fill(repeat);
      await portal.page.getByRole("button", { name: m.submit }).click();
    };
    await fill("for kort");
    await expect(portal.page.getByRole("alert", { name: m.errorSummaryTitle })).toContainText(m.errors.tooShort);
    await fill(`min kode er ${citizen.username} ok`);
    await expect(portal.page.getByRole("alert", { name: m.errorSummaryTitle })).toContainText(m.errors.containsUsername);
    await fill("1qaz2wsx3edc4rfv");
    await expect(portal.page.getByRole("alert", { name: m.errorSummaryTitle })).toContainText(m.errors.common);
    await fill("hesten drikker kaffe i regnvejr");
    await expect(portal.page.getByRole("status")).toHaveText(portal.m.frontPage.passwordSaved);
    await portal.expectWelcome(citizen.name);
    await citizenContext.close();
  });
});

for (const language of ["da", "en"] as Language[]) {
  test(`R1.1b a new password for a citizen who may only use MitID is refused with the reason (${language})`, async ({ page }) => {
    const staff = new StaffPortal(page, language);
    await staff.findForSupport("010190-1111");
    await expect(page.getByRole("heading", { level: 1, name: "Anna Andersen" })).toBeVisible();
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagNotSet);
    await page.getByRole("button", { name: staff.m.support.resetButton }).click();
    await expect(page.getByRole("alert").filter({ hasText: staff.errors.onlyMitid })).toBeVisible();
    await expect(page.getByRole("heading", { name: staff.m.oneTime.title })).toHaveCount(0);
  });
}

test("R1.1b an unknown CPR number or username is said plainly", async ({ page }) => {
  const staff = new StaffPortal(page, "da");
  await staff.findForSupport("ingen.saadan");
  await expect(page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toContainText(staff.m.errors.notFound);
});

test("R1.8 the special support requests are listed for support, who mark them handled", async ({ page, browser, baseURL }) => {
  const citizen = await (await browser.newContext({ baseURL, storageState: undefined })).newPage();
  const portal = new Portal(citizen, "da");
  await citizen.goto("/supporthenvendelse");
  await citizen.getByLabel(portal.m.supportRequest.name).fill("Karen Kø");
  await citizen.getByLabel(portal.m.supportRequest.cpr).fill("010170-1234");
  await citizen.getByLabel(portal.m.supportRequest.phone).fill("12345678");
  await citizen.getByLabel(portal.m.supportRequest.situation).fill("Skal meldes ledig i dag.");
  await citizen.getByRole("button", { name: portal.m.supportRequest.submit }).click();
  const reference = (await citizen.getByRole("status").innerText()).match(/SH-[2-9A-HJ-NP-Z]{8}/)![0];

  const staff = new StaffPortal(page, "da");
  await page.goto("/medarbejder/support");
  const item = page.getByRole("listitem").filter({ hasText: reference });
  await expect(item).toContainText("Karen Kø");
  await expect(item).toContainText(staff.m.support.requestOpen);
  // The button's name also names the request, for screen reader users moving between buttons.
  await item.getByRole("button", { name: new RegExp(`${staff.m.support.markHandled}.*${reference}`) }).click();
  await expect(page.getByRole("listitem").filter({ hasText: reference })).toContainText("Sofie Support");
});
