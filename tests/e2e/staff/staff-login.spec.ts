import { staffByRole } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { MitidSimulatorPage } from "../../pages/mitid-simulator";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

for (const language of ["da", "en"] as Language[]) {
  test(`X5 staff log in with MitID Erhverv at their own entry point, see their roles' tools, and log out (${language})`, async ({ page }) => {
    const staff = new StaffPortal(page, language);
    await staff.logIn(staffByRole.support);
    await expect(page.getByRole("list").getByText(staff.m.roles.support)).toBeVisible();
    await expect(page.getByRole("link", { name: staff.m.home.supportTool })).toBeVisible();
    await expect(page.getByRole("link", { name: staff.m.home.jobcenterTool })).toHaveCount(0);

    // A staff session is not a citizen session.
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    await expect(page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();

    await page.goto(staff.path("/medarbejder"));
    await page.getByRole("navigation", { name: staff.m.navLabel }).getByRole("button", { name: staff.m.logout }).click();
    await portal.expectHeading(portal.m.loggedOut.title);
    await page.goto(staff.path("/medarbejder"));
    await expect(page.getByRole("button", { name: staff.m.login.button })).toBeVisible();
  });

  test(`X5 a citizen's MitID is no way into the staff tools (${language})`, async ({ page }) => {
    const staff = new StaffPortal(page, language);
    await page.goto(staff.path("/medarbejder/log-ind"));
    await page.getByRole("button", { name: staff.m.login.button }).click();
    await new MitidSimulatorPage(page).logInAs("Anna Andersen");
    await expect(page.getByRole("alert").filter({ hasText: staff.m.login.problems.ukendt })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: staff.m.login.title })).toBeVisible();
  });
}

test("X5 an editor has the editorial tools and no support or jobcenter tools", async ({ page }) => {
  const staff = new StaffPortal(page, "da");
  await staff.logIn(staffByRole.editor);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: staff.m.home.editorTool })).toBeVisible();
  await expect(main.getByRole("link", { name: staff.m.home.supportTool })).toHaveCount(0);
  await expect(main.getByRole("link", { name: staff.m.home.jobcenterTool })).toHaveCount(0);
  await main.getByRole("link", { name: staff.m.home.editorTool }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${staff.m.tools.editor}$`) })).toBeVisible();
  for (const tool of ["/medarbejder/support", "/medarbejder/jobcenter"]) {
    await page.goto(tool);
    await expect(page.getByRole("heading", { level: 1, name: staff.m.noAccess.title })).toBeVisible();
  }
});
