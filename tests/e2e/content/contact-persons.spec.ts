import { authState } from "@/tests/support/auth-states";
import { contactCitizens } from "@/tests/support/e2e-fixtures";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

for (const language of ["da", "en"] as Language[]) {
  test.describe(() => {
    test.use({ storageState: authState("citizen") });

    test(`R2.2 the front page shows Anna Andersen's mentor with phone and e-mail as links (${language})`, async ({ page }) => {
      const portal = new Portal(page, language);
      await portal.openFrontPage();
      await portal.expectWelcome("Anna Andersen");
      const contacts = page.getByRole("complementary", { name: portal.m.contactPersons.heading });
      const mentor = contacts.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mette Mentor" }) });
      await expect(mentor).toContainText(portal.m.contactPersons.roles.mentor);
      await expect(mentor.getByRole("link", { name: "+45 12 34 56 78" })).toHaveAttribute("href", "tel:+4512345678");
      await expect(mentor.getByRole("link", { name: "mette.mentor@example.dk" })).toHaveAttribute("href", "mailto:mette.mentor@example.dk");
      const caseworker = contacts.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Jens Jobcenter" }) });
      await expect(caseworker.getByRole("link", { name: /^\+45/ })).toHaveAttribute("href", "tel:+4570123456");
    });
  });

  test(`R2.2 a caseworker registers a mentor without contact details; the citizen sees "Ingen kontaktoplysninger", never a bare name (${language})`, async ({
    browser,
    baseURL,
  }) => {
    const citizen = contactCitizens[language === "da" ? 0 : 1];
    const staffContext = await browser.newContext({ baseURL, storageState: authState("caseworker") });
    const staff = new StaffPortal(await staffContext.newPage(), language);
    const m = staff.m.contacts;
    await staff.findForJobcenter(citizen.cpr);
    const tool = staff.page.getByRole("region", { name: m.title });
    await expect(tool).toContainText(m.none);

    // A number that is not one is refused, and nothing is saved.
    await tool.getByLabel(m.role).selectOption("mentor");
    await tool.getByLabel(m.name, { exact: true }).fill("Mads Mentor");
    await tool.getByLabel(m.phone).fill("12");
    await tool.getByRole("button", { name: m.addButton }).click();
    await expect(staff.page.getByRole("alert", { name: m.errorSummaryTitle })).toContainText(m.errors.phoneInvalid);
    await tool.getByLabel(m.phone).fill("");
    await tool.getByRole("button", { name: m.addButton }).click();
    await expect(tool.getByRole("status")).toHaveText(m.added.replace("{name}", "Mads Mentor"));
    await expect(tool.getByRole("listitem")).toContainText(m.noDetails);
    // The form is empty again, so a second click cannot add the same person twice.
    await expect(tool.getByLabel(m.name, { exact: true })).toHaveValue("");
    await tool.getByRole("button", { name: m.addButton }).click();
    await expect(staff.page.getByRole("alert", { name: m.errorSummaryTitle })).toContainText(m.errors.nameMissing);
    await expect(tool.getByRole("button", { name: m.removeLabel.replace("{name}", "Mads Mentor") })).toHaveCount(1);

    await tool.getByLabel(m.role).selectOption("akasse");
    await tool.getByLabel(m.name, { exact: true }).fill("Alma A-kasse");
    await tool.getByLabel(m.organisation).fill("Min A-kasse");
    await tool.getByLabel(m.phone).fill("33 12 34 56");
    await tool.getByLabel(m.email).fill("alma@akasse.example.dk");
    await tool.getByRole("button", { name: m.addButton }).click();
    await expect(tool.getByRole("listitem")).toHaveCount(2);

    const citizenContext = await browser.newContext({ baseURL, storageState: undefined, viewport: { width: 375, height: 800 } });
    const portal = new Portal(await citizenContext.newPage(), language);
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    const contacts = portal.page.getByRole("complementary", { name: portal.m.contactPersons.heading });
    const mentor = contacts.getByRole("listitem").filter({ has: portal.page.getByRole("heading", { name: "Mads Mentor" }) });
    await expect(mentor).toContainText(portal.m.contactPersons.noDetails);
    const akasse = contacts.getByRole("listitem").filter({ has: portal.page.getByRole("heading", { name: "Alma A-kasse" }) });
    await expect(akasse.getByRole("link", { name: "+45 33 12 34 56" })).toHaveAttribute("href", "tel:+4533123456");
    await expect(akasse.getByRole("link", { name: "alma@akasse.example.dk" })).toHaveAttribute("href", "mailto:alma@akasse.example.dk");

    // On a phone the right column comes below the main content.
    const welcome = portal.heading(portal.m.frontPage.welcomeHeading.replace("{name}", citizen.name));
    const sessionNote = portal.page.getByText(portal.m.frontPage.sessionNote);
    expect((await contacts.boundingBox())!.y).toBeGreaterThan((await sessionNote.boundingBox())!.y);
    expect((await welcome.boundingBox())!.y).toBeLessThan((await contacts.boundingBox())!.y);

    // The caseworker removes the mentor again; the citizen's page follows.
    await tool.getByRole("button", { name: m.removeLabel.replace("{name}", "Mads Mentor") }).click();
    await expect(tool.getByRole("listitem")).toHaveCount(1);
    await portal.page.reload();
    await expect(contacts.getByRole("heading", { name: "Mads Mentor" })).toHaveCount(0);
    await Promise.all([staffContext.close(), citizenContext.close()]);
  });
}

test.describe(() => {
  test.use({ storageState: authState("caseworker") });

  test("X1 X4 the jobcenter's citizen page has two forms, each with its own error summary under its own heading and links to its own fields", async ({
    page,
    axe,
  }) => {
    const staff = new StaffPortal(page, "en");
    await staff.findForJobcenter(contactCitizens[0].cpr);
    const flagTool = page.getByRole("region", { name: staff.m.jobcenter.flagTitle });
    const contactTool = page.getByRole("region", { name: staff.m.contacts.title });

    await flagTool.getByRole("button", { name: staff.m.jobcenter.setFlag }).click();
    const flagSummary = flagTool.getByRole("alert", { name: staff.m.errorSummaryTitle });
    await expect(flagSummary).toBeFocused();
    await expect(flagSummary.getByRole("heading", { level: 3, name: staff.m.errorSummaryTitle })).toBeVisible();

    await contactTool.getByRole("button", { name: staff.m.contacts.addButton }).click();
    const contactSummary = contactTool.getByRole("alert", { name: staff.m.contacts.errorSummaryTitle });
    await expect(contactSummary).toBeFocused();
    await expect(contactSummary.getByRole("heading", { level: 4, name: staff.m.contacts.errorSummaryTitle })).toBeVisible();
    await expect(page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toHaveCount(2);
    await axe.check();

    await contactSummary.getByRole("link", { name: staff.m.contacts.errors.nameMissing }).click();
    await expect(contactTool.getByLabel(staff.m.contacts.name, { exact: true })).toBeFocused();
    await flagSummary.getByRole("link", { name: staff.m.errors.reasonMissing }).click();
    await expect(flagTool.getByLabel(staff.m.jobcenter.reason)).toBeFocused();
  });
});
