import { request, type Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { aarhusTilmeldingCitizen, sentTilmeldingCitizen, staleTilmeldingCitizen, tilmeldingCitizens } from "@/tests/support/e2e-fixtures";
import { addMonths, danishToday, toDateParts } from "@/lib/tilmelding/first-day";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

const REFERENCE = /TL-[2-9A-HJ-NP-Z]{8}/;

/** Types a date into the first step's three fields. */
async function typeDate(portal: Portal, day: string) {
  const m = portal.m.tilmelding.firstDay;
  const parts = toDateParts(day);
  await portal.page.getByRole("textbox", { name: m.day, exact: true }).fill(parts.day);
  await portal.page.getByRole("textbox", { name: m.month, exact: true }).fill(parts.month);
  await portal.page.getByRole("textbox", { name: m.year, exact: true }).fill(parts.year);
}

/** Presses `Næste` and waits for the next page. */
async function next(portal: Portal) {
  const from = portal.page.url();
  await portal.page.getByRole("button", { name: portal.m.tilmelding.next }).click();
  await portal.page.waitForURL((url) => url.href !== from);
}

/** The a-kasse step's yes/no group, named by its legend. */
function memberGroup(page: Page, legend: string) {
  return page.getByRole("group", { name: new RegExp(legend.replace(/<\/?da>/g, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
}

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`Tilmelding (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.7 a citizen registers as unemployed one thing per page, leaves and comes back, changes an answer from the summary, sends, and gets a receipt (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.tilmelding;
      const citizen = tilmeldingCitizens[index];
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);

      // The menu leads to the start page, which says what is needed and how long it takes.
      await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.tilmelding }).click();
      await portal.expectHeading(m.title);
      await expect(page.getByRole("region", { name: m.needHeading })).toContainText(m.need.firstDay);
      await expect(page.getByRole("main")).toContainText(m.duration);
      await page.getByRole("link", { name: m.start }).click();

      // Step 1: nothing typed, then a day too far ahead — the error summary each time, nothing saved.
      const dateGroup = page.getByRole("group", { name: new RegExp(m.firstDay.legend.replace(/[?]/g, "\\?")) });
      await expect(dateGroup).toBeVisible();
      await expect(page.getByText(m.progress.replace("{number}", "1").replace("{total}", "3"), { exact: true })).toBeVisible();
      await page.getByRole("button", { name: m.next }).click();
      let summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await expect(summary.getByRole("link", { name: m.errors.firstDayMissing })).toHaveAttribute("href", "#first-day-day");
      await expect(dateGroup).toHaveAccessibleDescription(new RegExp(m.errors.firstDayMissing));
      await typeDate(portal, addMonths(danishToday(), 4));
      await page.getByRole("button", { name: m.next }).click();
      summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await expect(summary).toContainText(m.errors.firstDayTooLate);
      const today = danishToday();
      await typeDate(portal, today);
      await next(portal);

      // Step 2: a member of an a-kasse, chosen from the list.
      await expect(page.getByText(m.progress.replace("{number}", "2").replace("{total}", "3"), { exact: true })).toBeVisible();
      await memberGroup(page, m.akasse.legend).getByRole("radio", { name: m.akasse.yes, exact: true }).check();
      await page.getByRole("combobox", { name: m.akasse.which }).selectOption({ label: "HK A-kasse" });
      await next(portal);

      // Step 3: what the CV says is filled in.
      await expect(page.getByRole("textbox", { name: m.contact.phone })).toHaveValue("+45 22 33 44 55");
      await expect(page.getByRole("textbox", { name: m.contact.email })).toHaveValue(citizen.email);
      await next(portal);

      // Leave, and come back: the overview says it is not sent, and the start page continues it.
      await portal.openFrontPage();
      const todo = page.getByRole("region", { name: portal.m.mitJobnet.todoHeading });
      await expect(todo).toContainText(m.overview.draft);
      await todo.getByRole("link", { name: m.overview.continue }).click();
      await expect(page.getByRole("main")).toContainText(m.draftStatus);
      await page.getByRole("link", { name: m.continue }).click();

      // Tjek dine svar, with Ret for each answer.
      await portal.expectHeading(m.summaryTitle);
      const answers = page.getByRole("main").getByRole("definition");
      await expect(answers).toHaveCount(4);
      await expect(answers.nth(1)).toContainText("HK A-kasse");
      await page.getByRole("link", { name: `${m.change} ${m.answers.akasse}` }).click();
      await expect(page.getByRole("combobox", { name: m.akasse.which })).toHaveValue("hk");
      await page.getByRole("combobox", { name: m.akasse.which }).selectOption({ label: "3F A-kasse" });
      await next(portal);
      await portal.expectHeading(m.summaryTitle);
      await expect(answers.nth(1)).toContainText("3F A-kasse");
      await page.getByRole("button", { name: m.send }).click();

      // The receipt: reference, when, what was sent and what happens next.
      await portal.expectHeading(m.receiptTitle);
      await expect(page.getByRole("status")).toContainText(REFERENCE);
      const sent = page.getByRole("region", { name: m.sentHeading });
      await expect(sent.getByRole("definition")).toHaveCount(4);
      await expect(sent).toContainText("3F A-kasse");
      await expect(sent).toContainText(citizen.email);
      const nextSteps = page.getByRole("region", { name: m.nextHeading });
      await expect(nextSteps).toContainText(m.nextJobcenter);
      await expect(nextSteps).toContainText("3F A-kasse");

      // Sent, it can be read, not changed, and the overview no longer asks for it.
      const response = await page.goto(portal.path("/tilmelding/a-kasse"));
      expect(response?.status()).toBe(409);
      await expect(page.getByRole("link", { name: m.toReceipt })).toBeVisible();
      await expect(page.getByRole("radio")).toHaveCount(0);
      await page.goto(portal.path("/tilmelding"));
      await expect(page.getByRole("main")).toContainText(m.sentNew);
      await expect(page.getByRole("link", { name: m.start })).toHaveCount(0);
      await portal.openFrontPage();
      await expect(page.getByRole("region", { name: portal.m.mitJobnet.todoHeading })).not.toContainText(m.overview.draft);
    });
  });
});

test("R1.7 X1 a whole registration can be made with the keyboard alone", async ({ page }) => {
  const portal = new Portal(page, "da");
  const m = portal.m.tilmelding;
  await portal.logInWithMitid({ cpr: tilmeldingCitizens[3].cpr });
  await page.goto("/tilmelding");

  /** Presses Tab until the focused element is the one described, as a keyboard user would. */
  async function tabTo(wanted: { text?: string; label?: string; type?: string }) {
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return { text: element?.textContent?.trim(), type: element?.type, label: element?.labels?.[0]?.textContent?.trim() };
      });
      if (
        (wanted.text === undefined || focused.text === wanted.text) &&
        (wanted.type === undefined || focused.type === wanted.type) &&
        (wanted.label === undefined || focused.label === wanted.label)
      )
        return;
    }
    throw new Error(`Tab never reached ${JSON.stringify(wanted)}`);
  }

  /** Waits for step `number`'s page, so Tab is pressed on it. */
  const onStep = (number: number) =>
    expect(page.getByText(m.progress.replace("{number}", String(number)).replace("{total}", "3"), { exact: true })).toBeVisible();

  await tabTo({ text: m.start });
  await page.keyboard.press("Enter");
  await onStep(1);
  const today = toDateParts(danishToday());
  await tabTo({ label: m.firstDay.day });
  await page.keyboard.type(today.day);
  await page.keyboard.press("Tab");
  await page.keyboard.type(today.month);
  await page.keyboard.press("Tab");
  await page.keyboard.type(today.year);
  await tabTo({ text: m.next });
  await page.keyboard.press("Enter");
  await onStep(2);

  await tabTo({ type: "radio" });
  // Arrow keys move between a group's options and choose them: from Ja to Nej.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: m.akasse.no })).toBeChecked();
  await tabTo({ text: m.next });
  await page.keyboard.press("Enter");
  await onStep(3);

  await tabTo({ label: m.contact.phone });
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("22 33 44 66");
  await tabTo({ text: m.next });
  await page.keyboard.press("Enter");

  await portal.expectHeading(m.summaryTitle);
  await expect(page.getByRole("main")).toContainText("+45 22 33 44 66");
  await tabTo({ text: m.send });
  await page.keyboard.press("Enter");
  await portal.expectHeading(m.receiptTitle);
  await expect(page.getByRole("region", { name: m.nextHeading })).toContainText(m.nextNoAkasse);
});

for (const language of ["da", "en"] as const) {
  test(`R1.7 X1 the error summary takes focus, each of its links goes to its field, and each message is tied to its field (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    const m = portal.m.tilmelding;
    await portal.logInWithMitid({ cpr: tilmeldingCitizens[language === "da" ? 4 : 5].cpr });

    // The date: a missing month is linked to the month field.
    await page.goto(portal.path("/tilmelding/foerste-ledighedsdag"));
    await page.getByRole("textbox", { name: m.firstDay.day, exact: true }).fill("1");
    await page.getByRole("textbox", { name: m.firstDay.year, exact: true }).fill("2026");
    await page.getByRole("button", { name: m.next }).click();
    let summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await summary.getByRole("link", { name: m.errors.firstDayIncomplete }).click();
    await expect(page.getByRole("textbox", { name: m.firstDay.month, exact: true })).toBeFocused();
    await expect(page.getByRole("textbox", { name: m.firstDay.month, exact: true })).toHaveAttribute("aria-invalid", "true");

    // The a-kasse: yes without one from the list is linked to the list.
    await page.goto(portal.path("/tilmelding/a-kasse"));
    await page.getByRole("button", { name: m.next }).click();
    summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await summary.getByRole("link", { name: m.errors.memberMissing }).click();
    await expect(page.getByRole("radio", { name: m.akasse.yes })).toBeFocused();
    await expect(memberGroup(page, m.akasse.legend)).toHaveAccessibleDescription(new RegExp(m.errors.memberMissing));
    // The list shows only once Ja is chosen.
    await expect(page.getByRole("combobox", { name: m.akasse.which })).toBeHidden();
    await page.getByRole("radio", { name: m.akasse.yes }).check();
    await page.getByRole("button", { name: m.next }).click();
    summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await summary.getByRole("link", { name: m.errors.akasseMissing }).click();
    await expect(page.getByRole("combobox", { name: m.akasse.which })).toBeFocused();
    await expect(page.getByRole("combobox", { name: m.akasse.which })).toHaveAccessibleDescription(new RegExp(m.errors.akasseMissing));

    // Contact details: filled in from the CV, which the page says; both fields one group.
    await page.goto(portal.path("/tilmelding/kontaktoplysninger"));
    await expect(page.getByText(m.contact.prefilled)).toBeVisible();
    const contactGroup = page.getByRole("group", { name: new RegExp(m.contact.heading.replace(/[?]/g, "\\?")) });
    await expect(contactGroup.getByRole("textbox")).toHaveCount(2);
    // Neither given: one error, the group's, tied to the fieldset and linked to its first field.
    await page.getByRole("textbox", { name: m.contact.phone }).fill("");
    await page.getByRole("textbox", { name: m.contact.email }).fill("");
    await page.getByRole("button", { name: m.next }).click();
    summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link")).toHaveCount(1);
    await summary.getByRole("link", { name: m.errors.contactMissing }).click();
    await expect(page.getByRole("textbox", { name: m.contact.phone })).toBeFocused();
    await expect(contactGroup).toHaveAccessibleDescription(new RegExp(m.errors.contactMissing));
    await expect(page.getByRole("textbox", { name: m.contact.phone })).not.toHaveAccessibleDescription(new RegExp(m.errors.contactMissing));
    // An extension is refused, not dropped.
    await page.getByRole("textbox", { name: m.contact.phone }).fill("22 33 44 55 ext. 12");
    await page.getByRole("button", { name: m.next }).click();
    summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link", { name: m.errors.phoneExtension })).toHaveAttribute("href", "#phone");
    await expect(page.getByRole("textbox", { name: m.contact.phone })).toHaveAccessibleDescription(new RegExp(m.errors.phoneExtension));

    // Two errors, two links, each to its own field.
    await page.getByRole("textbox", { name: m.contact.phone }).fill("12");
    await page.getByRole("textbox", { name: m.contact.email }).fill("ikke-en-adresse");
    await page.getByRole("button", { name: m.next }).click();
    summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link")).toHaveCount(2);
    await summary.getByRole("link", { name: m.errors.emailInvalid }).click();
    await expect(page.getByRole("textbox", { name: m.contact.email })).toBeFocused();
    await summary.getByRole("link", { name: m.errors.phoneInvalid }).click();
    await expect(page.getByRole("textbox", { name: m.contact.phone })).toBeFocused();
    await expect(page.getByRole("textbox", { name: m.contact.phone })).toHaveAccessibleDescription(new RegExp(m.errors.phoneInvalid));
  });
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("R1.7 X3 X4 Send with steps unanswered is refused with links to their Ret; a second Send from an older tab sends nothing new and shows the same receipt", async ({
    page,
    context,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.tilmelding;
    await portal.logInWithMitid({ cpr: tilmeldingCitizens[6].cpr });
    await page.goto("/tilmelding/foerste-ledighedsdag");
    await typeDate(portal, danishToday());
    await next(portal);
    await page.goto("/tilmelding/tjek-dine-svar");
    const refused = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: m.send }).click();
    expect((await refused).status()).toBe(422);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link")).toHaveCount(2);
    await expect(summary.getByRole("link", { name: m.unansweredStep.akasse })).toHaveAttribute("href", "#ret-akasse");
    await expect(summary.getByRole("link", { name: m.unansweredStep.contact })).toHaveAttribute("href", "#ret-contact");

    await page.goto("/tilmelding/a-kasse");
    await memberGroup(page, m.akasse.legend).getByRole("radio", { name: m.akasse.no }).check();
    await next(portal);
    await next(portal);
    const older = await context.newPage();
    await older.goto("/tilmelding/tjek-dine-svar");
    await page.getByRole("button", { name: m.send }).click();
    await portal.expectHeading(m.receiptTitle);
    const reference = (await page.getByRole("status").innerText()).match(REFERENCE)![0];

    await older.getByRole("button", { name: m.send }).click();
    await expect(older.getByRole("heading", { level: 1, name: m.receiptTitle })).toBeVisible();
    await expect(older.getByRole("status")).toContainText(reference);
  });

  test("R1.7 X3 X4 a draft whose first day has fallen out of the bounds since it was saved is refused at Send, linked to the first day's Ret; changed, it is sent", async ({
    page,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.tilmelding;
    await portal.logInWithMitid({ cpr: staleTilmeldingCitizen.cpr });
    // The contact step shows what was saved, so it does not say it filled in anything.
    await page.goto("/tilmelding/kontaktoplysninger");
    await expect(page.getByRole("textbox", { name: m.contact.phone })).toHaveValue("+45 22 33 44 77");
    await expect(page.getByRole("group", { name: new RegExp(m.contact.heading.replace(/[?]/g, "\\?")) })).toHaveAccessibleDescription(m.contact.hint);
    await expect(page.getByText(m.contact.prefilled)).toHaveCount(0);
    await page.goto("/tilmelding/tjek-dine-svar");
    const refused = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: m.send }).click();
    expect((await refused).status()).toBe(422);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: m.errors.firstDayOutOfBounds })).toHaveAttribute("href", "#ret-firstDay");
    await page.getByRole("link", { name: `${m.change} ${m.answers.firstDay}` }).click();
    await typeDate(portal, danishToday());
    await next(portal);
    await portal.expectHeading(m.summaryTitle);
    await page.getByRole("button", { name: m.send }).click();
    await portal.expectHeading(m.receiptTitle);
    await expect(page.getByRole("status")).toContainText(REFERENCE);
  });
});

test("R1.7 X1 X3 the a-kasse list sits right after Ja in the group, and a browser without :has() shows it always, so a member can finish", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, storageState: authState("citizen") });
  const page = await context.newPage();
  const portal = new Portal(page, "da");
  const m = portal.m.tilmelding;
  await page.goto("/tilmelding/a-kasse");
  const group = memberGroup(page, m.akasse.legend);
  const list = group.getByRole("combobox", { name: m.akasse.which });
  // Inside the fieldset, right after Ja and before Nej.
  expect(
    await group.evaluate((fieldset) =>
      [...fieldset.querySelectorAll("input[type=radio], select")].map((control) => (control as HTMLInputElement).value || control.tagName),
    ),
  ).toEqual(["ja", "SELECT", "nej"]);
  // A browser with :has(): hidden until Ja is chosen, hidden again on Nej.
  await expect(list).toBeHidden();
  await group.getByRole("radio", { name: m.akasse.yes, exact: true }).check();
  await expect(list).toBeVisible();
  await group.getByRole("radio", { name: m.akasse.no, exact: true }).check();
  await expect(list).toBeHidden();
  // The only rule that hides it is inside @supports selector(:has(*)): take those away, as a
  // browser without :has() would ignore them, and the list shows with Nej or nothing chosen.
  const removed = await page.evaluate(() => {
    const conditions: string[] = [];
    for (const sheet of [...document.styleSheets]) {
      const walk = (rules: CSSRuleList, owner: CSSStyleSheet | CSSGroupingRule) => {
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule instanceof CSSSupportsRule && rule.conditionText.includes(":has(")) {
            if (rule.cssText.includes("radio-conditional")) conditions.push(rule.conditionText);
            owner.deleteRule(index);
          } else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, rule);
        }
      };
      walk(sheet.cssRules, sheet);
    }
    return conditions;
  });
  expect(removed).toEqual(["selector(:has(*))"]);
  await expect(list).toBeVisible();
  await page.reload();
  await expect(group.getByRole("radio", { name: m.akasse.yes, exact: true })).not.toBeChecked();
  await page.evaluate(() => {
    for (const sheet of [...document.styleSheets]) {
      const walk = (rules: CSSRuleList, owner: CSSStyleSheet | CSSGroupingRule) => {
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule instanceof CSSSupportsRule && rule.conditionText.includes(":has(")) owner.deleteRule(index);
          else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, rule);
        }
      };
      walk(sheet.cssRules, sheet);
    }
  });
  await expect(list).toBeVisible();
  await context.close();
});

for (const language of ["da", "en"] as const) {
  test.describe(`The caseworker (${language})`, () => {
    test.use({ storageState: authState("caseworker") });

    test(`R1.7 X5 the caseworker sees the citizen's registration, the read is in the citizen's history, and an Aarhus citizen's stays out of reach (${language})`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const staff = new StaffPortal(page, language);
      await staff.findForJobcenter(sentTilmeldingCitizen.cpr);
      const section = page.getByRole("region", { name: staff.m.tilmelding.heading });
      await expect(section).toContainText(sentTilmeldingCitizen.reference);
      await expect(section).toContainText("HK A-kasse");
      await expect(section).toContainText("tilmeldt@example.dk");
      await expect(page.getByRole("region", { name: staff.m.citizen.history }).first()).toContainText(staff.m.auditActions.tilmelding.read);

      // Support finds the Aarhus citizen's page; Jens Jobcenter (København) is refused it, and sees nothing of the registration.
      const supportContext = await browser.newContext({ baseURL, storageState: authState("support") });
      const support = new StaffPortal(await supportContext.newPage(), language);
      await support.findForSupport(aarhusTilmeldingCitizen.cpr);
      await expect(support.page.getByRole("heading", { level: 1, name: aarhusTilmeldingCitizen.name })).toBeVisible();
      const citizenId = support.page.url().split("/").at(-1)!;
      await supportContext.close();
      const response = await page.goto(staff.path(`/medarbejder/jobcenter/borger/${citizenId}`));
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("main")).not.toContainText(aarhusTilmeldingCitizen.reference);
      await expect(page.getByRole("region", { name: staff.m.tilmelding.heading })).toHaveCount(0);
    });
  });
}

test("R1.7 a fixture citizen sends the registration in the browser, and Jens Jobcenter then sees it on the citizen's page", async ({
  page,
  browser,
  baseURL,
}) => {
  const citizen = tilmeldingCitizens[7];
  const portal = new Portal(page, "da");
  const m = portal.m.tilmelding;
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await portal.expectWelcome(citizen.name);
  await page.goto("/tilmelding/foerste-ledighedsdag");
  const today = danishToday();
  await typeDate(portal, today);
  await next(portal);
  await memberGroup(page, m.akasse.legend).getByRole("radio", { name: m.akasse.yes, exact: true }).check();
  await page.getByRole("combobox", { name: m.akasse.which }).selectOption({ label: "FOA A-kasse" });
  await next(portal);
  await next(portal);
  await portal.expectHeading(m.summaryTitle);
  await page.getByRole("button", { name: m.send }).click();
  await portal.expectHeading(m.receiptTitle);
  const reference = (await page.getByRole("status").innerText()).match(REFERENCE)![0];

  const caseworker = await browser.newContext({ baseURL, storageState: authState("caseworker") });
  const staff = new StaffPortal(await caseworker.newPage(), "da");
  await staff.findForJobcenter(citizen.cpr);
  await expect(staff.page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
  const section = staff.page.getByRole("region", { name: staff.m.tilmelding.heading });
  await expect(section).toContainText(reference);
  await expect(section).toContainText("FOA A-kasse");
  await expect(section).toContainText(citizen.email);
  await expect(section).toContainText("+45 22 33 44 55");
  const [year, month, day] = today.split("-").map(Number);
  await expect(section).toContainText(
    new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day, 12))),
  );
  await caseworker.close();
});

/** Who asks for Tilmelding's addresses, and what they get: only a logged-in citizen reaches them, and only their own registration. */
const visitors = [
  { role: "anonymous", storage: undefined },
  { role: "another citizen (Anna Andersen)", storage: authState("citizen") },
  { role: "support", storage: authState("support") },
  { role: "caseworker", storage: authState("caseworker") },
  { role: "editor", storage: authState("editor") },
] as const;

const TILMELDING_PATHS = [
  "/tilmelding",
  "/tilmelding/foerste-ledighedsdag",
  "/tilmelding/a-kasse",
  "/tilmelding/kontaktoplysninger",
  "/tilmelding/tjek-dine-svar",
  "/tilmelding/kvittering",
] as const;

/** What other citizens' registrations hold, which no visitor may see: references, e-mail addresses and a phone number. */
const OTHERS = [
  sentTilmeldingCitizen.reference,
  aarhusTilmeldingCitizen.reference,
  "tilmeldt@example.dk",
  "+45 22 33 44 77",
  "22334477",
  "tilmelding.1@example.dk",
];

/** The hidden fields of a page's server-action form (which name the action), as a browser without JavaScript posts them. */
function actionForm(html: string): Record<string, string> {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)]
    .map((match) => match[1])
    .find((body) => body.includes("$ACTION_") && body.includes('name="locale"'));
  if (!form) throw new Error("no server-action form");
  const fields: Record<string, string> = {};
  for (const [, attributes] of form.matchAll(/<input\b([^>]*type="hidden"[^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (name)
      fields[name.replaceAll("&quot;", '"').replaceAll("&amp;", "&")] = (/\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? "")
        .replaceAll("&quot;", '"')
        .replaceAll("&amp;", "&");
  }
  return fields;
}

test.describe("Who reaches Tilmelding", () => {
  for (const { role, storage } of visitors) {
    test(`R1.7 X5 every /tilmelding address, and the steps' forms posted, × ${role}`, async ({ baseURL }) => {
      const client = await request.newContext({ baseURL, storageState: storage });
      for (const prefix of ["", "/en"]) {
        for (const path of TILMELDING_PATHS) {
          const response = await client.get(`${prefix}${path}`, { maxRedirects: 0 });
          if (role.startsWith("another citizen")) {
            // Their own pages answer, with nothing of anyone else's; there is no receipt of theirs.
            expect(response.status(), path).toBe(path === "/tilmelding/kvittering" ? 404 : 200);
            const html = await response.text();
            for (const other of OTHERS) expect(html, `${path}: ${other}`).not.toContain(other);
          } else {
            // Without a citizen session (staff sessions are not one) the visitor is sent to the front page.
            expect(response.status(), path).toBe(307);
            expect(response.headers().location, path).toMatch(new RegExp(`^(https?://[^/]+)?${prefix || "/"}$`));
          }
        }
      }
      if (!role.startsWith("another citizen")) {
        // Each step's form, taken from a citizen's page and posted by the visitor: refused, nothing saved.
        const citizen = await request.newContext({ baseURL, storageState: authState("citizen") });
        const posts: [string, Record<string, string>][] = [
          ["/tilmelding/foerste-ledighedsdag", { ...toDateParts(danishToday()) }],
          ["/tilmelding/a-kasse", { member: "nej", akasse: "" }],
          ["/tilmelding/kontaktoplysninger", { phone: "22 33 44 99", email: "" }],
        ];
        for (const [path, values] of posts) {
          const hidden = actionForm(await (await citizen.get(path)).text());
          const response = await client.post(path, { multipart: { ...hidden, ...values }, maxRedirects: 0, headers: { origin: baseURL! } });
          // Refused: the visitor is sent to the front page or told their session has ended; a
          // saved step would go on to the next step's address instead.
          expect([303, 307, 401], `${path}: ${response.status()}`).toContain(response.status());
          if (response.status() !== 401) expect(response.headers().location, path).toMatch(/^(https?:\/\/[^/]+)?\/(logget-ud)?$/);
        }
        // Anna's own draft is untouched by their posts.
        expect((await citizen.get("/tilmelding")).status()).toBe(200);
        expect(await (await citizen.get("/tilmelding/tjek-dine-svar")).text()).not.toContain("22 33 44 99");
        await citizen.dispose();
      }
      await client.dispose();
    });
  }
});
