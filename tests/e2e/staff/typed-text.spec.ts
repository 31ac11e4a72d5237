import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { freshCpr, Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

// X2: what staff or a citizen typed is shown marked with the language it was typed in —
// Danish — also on the English staff pages, so a screen reader does not read it as English.

test.describe("Typed text on a caseworker's English page", () => {
  test.use({ storageState: authState("caseworker") });

  test("X2 flag reasons in the citizen's history are marked as Danish on the English page", async ({ page }) => {
    const staff = new StaffPortal(page, "en");
    const cpr = freshCpr();
    await page.goto(staff.path("/medarbejder/jobcenter"));
    const create = page.getByRole("region", { name: staff.m.jobcenter.createTitle });
    await create.getByRole("textbox", { name: staff.m.citizen.cpr }).fill(cpr);
    await create.getByLabel(staff.m.jobcenter.name).fill("Lise Lang");
    await create.getByLabel(staff.m.jobcenter.reason).fill("Borgeren har ikke MitID");
    await create.getByRole("button", { name: staff.m.jobcenter.createButton }).click();
    await staff.issuedCredentials();

    await staff.findForJobcenter(cpr);
    await expect(staff.flagStatus()).toHaveText(staff.m.citizen.flagSet);
    await expect(page.getByRole("table")).toContainText("Borgeren har ikke MitID");
    await page.getByLabel(staff.m.jobcenter.reason).fill("Har fået MitID i borgerservice");
    await page.getByRole("button", { name: staff.m.jobcenter.clearFlag }).click();
    await expect(page.getByRole("status")).toHaveText(staff.m.jobcenter.flagChanged);
    await page.reload();

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const history = page.getByRole("table");
    for (const reason of ["Borgeren har ikke MitID", "Har fået MitID i borgerservice"]) {
      const shown = history.getByText(reason, { exact: true });
      await expect(shown.first()).toBeVisible();
      for (const entry of await shown.all()) await expect(entry).toHaveAttribute("lang", "da");
    }
  });
});

test.describe("Typed text in the support queue", () => {
  test.use({ storageState: authState("support") });

  test("X2 a citizen's description of their situation is marked as Danish on the English support page", async ({ page, browser, baseURL }) => {
    const citizen = await (await browser.newContext({ baseURL, storageState: undefined })).newPage();
    const portal = new Portal(citizen, "en");
    const situation = `Jeg skal meldes ledig, og alt har lukket (${Date.now()}).`;
    await citizen.goto(portal.path("/supporthenvendelse"));
    await citizen.getByLabel(portal.m.supportRequest.name).fill("Sanne Sprog");
    await citizen.getByLabel(portal.m.supportRequest.cpr).fill("010170-1234");
    await citizen.getByLabel(portal.m.supportRequest.phone).fill("12345678");
    await citizen.getByLabel(portal.m.supportRequest.situation).fill(situation);
    await citizen.getByRole("button", { name: portal.m.supportRequest.submit }).click();
    await portal.expectHeading(portal.m.supportRequest.receiptTitle);

    const staff = new StaffPortal(page, "en");
    await page.goto(staff.path("/medarbejder/support"));
    await expect(page.getByText(situation, { exact: true })).toHaveAttribute("lang", "da");
  });
});
