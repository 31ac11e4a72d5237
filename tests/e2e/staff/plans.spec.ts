import type { Page } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { authState } from "@/tests/support/auth-states";
import { planCitizens } from "@/tests/support/e2e-fixtures";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

test.use({ storageState: authState("caseworker") });
test.describe.configure({ mode: "parallel" });

type Besked = { kind: string; planVersion: number; stoettebehov: string[] };

/** What publishing sent the fixture citizen (the database, through the test-only route). */
async function beskederOf(page: Page, cpr: string): Promise<Besked[]> {
  const response = await page.request.post("/api/e2e/plan-beskeder", { data: { cpr } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { beskeder: Besked[] }).beskeder;
}

/** The jobcenter's plan tool on the citizen's page, by its words in `language`. */
function planTool(page: Page, language: Language) {
  const m = (language === "da" ? da : en).plans;
  const tool = page.getByRole("region", { name: m.staff.title, exact: true });
  // The plan's heading is its kind and the day and time it was made.
  const plan = tool.getByRole("region", { name: new RegExp(`^${m.kinds.uddannelsesplan}, `) });
  return {
    m,
    labels: (language === "da" ? da : en).stoettebehov,
    tool,
    plan,
    versions: plan.getByRole("table", { name: m.staff.historyCaption.replace("{kind}", m.kinds.uddannelsesplan) }),
    async create() {
      await tool.getByRole("group", { name: m.staff.kind }).getByRole("radio", { name: m.kinds.uddannelsesplan, exact: true }).check();
      await tool.getByRole("button", { name: m.staff.createButton, exact: true }).click();
      await expect(plan).toBeVisible();
    },
  };
}

for (const [index, language] of (["da", "en"] as Language[]).entries()) {
  test(`R4.1 a caseworker publishes an uddannelsesplan with støttebehov: the citizen gets a besked; deleting them sends one that annuls it; the citizen sees plan and history (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const citizen = planCitizens[index];
    const staff = new StaffPortal(page, language);
    await staff.findForJobcenter(citizen.cpr);
    await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
    const p = planTool(page, language);
    await expect(p.tool).toContainText(p.m.staff.none);
    await p.create();
    await expect(p.plan).toContainText(p.m.staff.latest.replace("{version}", "1").replace("{status}", p.m.staff.statuses.draft));
    // The empty draft `Opret plan` made cannot be published yet: no `Offentliggør`, and why.
    await expect(p.plan.getByRole("button", { name: p.m.staff.publishButton })).toHaveCount(0);
    await expect(p.plan).toContainText(p.m.staff.publishNotYet);

    // The draft's form: without goal and indsats, the error summary links to each field.
    await p.plan.getByRole("button", { name: p.m.staff.saveButton }).click();
    const summary = page.getByRole("alert", { name: p.m.staff.errorSummaryTitle });
    await expect(summary.getByRole("link", { name: p.m.errors.indsatsMissing })).toBeVisible();
    await summary.getByRole("link", { name: p.m.errors.goalMissing }).click();
    const goal = p.plan.getByLabel(p.m.staff.goal, { exact: true });
    await expect(goal).toBeFocused();
    await expect(goal).toHaveAccessibleDescription(new RegExp(p.m.errors.goalMissing));

    await goal.fill("Tømrer – «svend» på Ærø");
    await p.plan.getByLabel(p.m.staff.indsats, { exact: true }).fill("Brobygning & praktik");
    await p.plan
      .getByRole("group", { name: p.m.staff.step })
      .getByRole("radio", { name: p.m.staff.stepOption.replace("{step}", "4") })
      .check();
    const needs = p.plan.getByRole("group", { name: p.m.staff.stoettebehov });
    await needs.getByRole("checkbox", { name: p.labels.mentor }).check();
    await needs.getByRole("checkbox", { name: p.labels.psykolog }).check();
    await p.plan.getByRole("button", { name: p.m.staff.saveButton }).click();
    await expect(p.plan.getByRole("status")).toHaveText(p.m.staff.done.saved);
    expect(await beskederOf(page, citizen.cpr)).toEqual([]);

    // Publishing: one besked that the støttebehov are registered.
    await p.plan.getByRole("button", { name: p.m.staff.publishButton }).click();
    // What was done is said in the plan, and has focus.
    const published = p.plan.getByRole("status");
    await expect(published).toHaveText(p.m.staff.done.published);
    await expect(published).toBeFocused();
    await expect(p.versions.getByRole("row").nth(1)).toContainText(p.m.changes.offentliggjort);
    await expect(p.versions.getByRole("row").nth(1)).toContainText("Jens Jobcenter");
    expect(await beskederOf(page, citizen.cpr)).toEqual([{ kind: "stoettebehov-registreret", planVersion: 3, stoettebehov: ["mentor", "psykolog"] }]);

    // Deleting them: a new published version without, and a second besked that the registration is annulled.
    // `Slet støttebehov` asks first: nothing is sent until `Bekræft`.
    await p.plan.getByRole("button", { name: p.m.staff.deleteStoettebehovButton }).click();
    const confirm = p.plan.getByRole("group", { name: p.m.staff.confirmDeleteTitle });
    await expect(confirm).toBeFocused();
    expect(await beskederOf(page, citizen.cpr)).toHaveLength(1);
    await confirm.getByRole("button", { name: p.m.staff.confirmButton, exact: true }).click();
    const deleted = p.plan.getByRole("status");
    await expect(deleted).toHaveText(p.m.staff.done.stoettebehovDeleted);
    await expect(deleted).toBeFocused();
    await expect(p.versions.getByRole("row").nth(1)).toContainText(p.m.changes.stoettebehov_slettet);
    expect(await beskederOf(page, citizen.cpr)).toEqual([
      { kind: "stoettebehov-registreret", planVersion: 3, stoettebehov: ["mentor", "psykolog"] },
      { kind: "stoettebehov-annulleret", planVersion: 4, stoettebehov: ["mentor", "psykolog"] },
    ]);
    await expect(p.versions.getByRole("row")).toHaveCount(5);

    // The citizen sees the plan as published last, and the version with the støttebehov under Min historik.
    const context = await browser.newContext({ baseURL, storageState: undefined });
    const portal = new Portal(await context.newPage(), language);
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    // Both messages are in Min beskedbakke.
    await portal.page.goto(portal.path("/beskeder"));
    const inbox = portal.page.getByRole("list", { name: portal.m.beskeder.listHeading });
    await expect(inbox.getByRole("link", { name: portal.m.beskeder.kinds["stoettebehov-registreret"].subject })).toHaveCount(1);
    await expect(inbox.getByRole("link", { name: portal.m.beskeder.kinds["stoettebehov-annulleret"].subject })).toHaveCount(1);
    await portal.page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.minPlan }).click();
    await portal.expectHeading(p.m.title);
    const current = portal.page.getByRole("region", { name: p.m.kinds.uddannelsesplan });
    await expect(current).toContainText(p.m.step.replace("{step}", "4"));
    await expect(current).toContainText("Tømrer – «svend» på Ærø");
    await expect(current).not.toContainText(p.labels.mentor);
    await portal.page.getByRole("link", { name: p.m.historyLink }).click();
    await portal.expectHeading(p.m.history.title);
    const earlier = portal.page.getByRole("article", {
      name: p.m.history.versionHeading.replace("{kind}", p.m.kinds.uddannelsesplan).replace("{version}", "3"),
    });
    await expect(earlier).toContainText(p.labels.mentor);
    await expect(earlier).toContainText(p.labels.psykolog);
    await context.close();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("R4.1 X3 publishing one draft from two tabs publishes it once and sends one besked", async ({ page, context }) => {
    const citizen = planCitizens[2];
    const staff = new StaffPortal(page, "da");
    await staff.findForJobcenter(citizen.cpr);
    await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
    const p = planTool(page, "da");
    await p.create();
    await p.plan.getByLabel(p.m.staff.goal, { exact: true }).fill("Ernæringsassistent");
    await p.plan.getByLabel(p.m.staff.indsats, { exact: true }).fill("Brobygning");
    await p.plan.getByRole("group", { name: p.m.staff.stoettebehov }).getByRole("checkbox", { name: p.labels.helbred }).check();
    await p.plan.getByRole("button", { name: p.m.staff.saveButton }).click();
    await expect(p.plan.getByRole("status")).toHaveText(p.m.staff.done.saved);

    // The same page in a second tab, both showing draft version 2.
    const second = await context.newPage();
    await second.goto(page.url().replace(/^https?:\/\/[^/]+/, ""));
    const q = planTool(second, "da");
    await expect(q.plan.getByRole("button", { name: q.m.staff.publishButton })).toBeVisible();
    await page.goto(page.url());
    await p.plan.getByRole("button", { name: p.m.staff.publishButton }).click();
    // Without JavaScript the page comes back saying it was published, with focus there.
    await expect(p.plan.getByRole("status")).toHaveText(p.m.staff.done.published);
    await expect(p.plan.getByRole("status")).toBeFocused();
    await expect(p.versions.getByRole("row").nth(1)).toContainText(p.m.changes.offentliggjort);
    const answer = second.waitForResponse((response) => response.request().method() === "POST");
    await q.plan.getByRole("button", { name: q.m.staff.publishButton }).click();
    // The second tab's publish finds the version the first made and opens the page again.
    expect((await answer).status()).toBe(303);
    await expect(q.versions.getByRole("row")).toHaveCount(4);
    await expect(q.versions.getByRole("row").filter({ hasText: q.m.changes.offentliggjort })).toHaveCount(1);
    expect(await beskederOf(page, citizen.cpr)).toEqual([{ kind: "stoettebehov-registreret", planVersion: 3, stoettebehov: ["helbred"] }]);
  });
});

test("R4.1 X5 a caseworker cannot reach an Aarhus citizen's plans: not in the page, refused by the action", async ({ page, browser, baseURL }) => {
  const staff = new StaffPortal(page, "da");
  const supportContext = await browser.newContext({ baseURL, storageState: authState("support") });
  const support = new StaffPortal(await supportContext.newPage(), "da");
  await support.findForSupport("0909449999");
  await expect(support.page.getByRole("heading", { level: 1, name: "Henrik Hansen" })).toBeVisible();
  const henrikId = support.page.url().split("/").at(-1)!;
  await supportContext.close();

  const response = await page.goto(staff.path(`/medarbejder/jobcenter/borger/${henrikId}`));
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("region", { name: da.plans.staff.title, exact: true })).toHaveCount(0);

  // A form from a København citizen's page, sent with Henrik's id: the action refuses it and makes nothing.
  const citizen = planCitizens[3];
  await staff.findForJobcenter(citizen.cpr);
  const p = planTool(page, "da");
  await p.tool.locator('input[type="hidden"][name="citizenId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), henrikId);
  await p.tool.getByRole("group", { name: p.m.staff.kind }).getByRole("radio", { name: p.m.kinds.uddannelsesplan, exact: true }).check();
  await p.tool.getByRole("button", { name: p.m.staff.createButton, exact: true }).click();
  await expect(page.getByRole("alert", { name: p.m.staff.errorSummaryTitle })).toContainText(da.errors.otherJobcenter);
  await page.reload();
  await expect(p.tool).toContainText(p.m.staff.none);
});
