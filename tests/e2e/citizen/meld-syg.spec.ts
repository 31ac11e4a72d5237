import type { Browser, Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { sygdomAarhusCitizen, sygdomCitizens } from "@/tests/support/e2e-fixtures";
import { danishToday, shiftDays, SYGDOM_DAYS_BACK } from "@/lib/sygdom/days";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

/** A message with its values filled in, as the page shows it. */
function say(message: string, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), message);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A day as the pages write it, in the page's language. */
function dayText(language: Language, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(new Date(`${day}T12:00:00Z`));
}

/** A press that leaves the page (a form's post and its redirect, or a navigation), waited for. */
async function pressAndLeave(page: Page, press: () => Promise<void>) {
  const from = page.url();
  await press();
  await page.waitForURL((url) => url.href !== from);
}

/** `Meld syg` or `Meld rask` from its form to the confirmation page, with `day`. */
async function chooseDay(portal: Portal, kind: "syg" | "rask", day: string) {
  const m = portal.m.sygdom;
  await portal.expectHeading(m[kind].title);
  await portal.page.getByLabel(m[kind].dayLabel, { exact: true }).fill(day);
  await pressAndLeave(portal.page, () => portal.page.getByRole("button", { name: m.next }).click());
  await portal.expectHeading(m.confirm[`${kind}Title`]);
}

/** The caseworker's section of sick and well reports on the citizen's page, in a browser of Jens Jobcenter's own. */
async function caseworkerSection(browser: Browser, baseURL: string | undefined, language: Language, cpr: string) {
  const context = await browser.newContext({ baseURL, storageState: authState("caseworker") });
  const staff = new StaffPortal(await context.newPage(), language);
  await staff.findForJobcenter(cpr);
  const portal = new Portal(staff.page, language);
  return { section: staff.page.getByRole("region", { name: portal.m.sygdom.staff.heading, exact: true }), close: () => context.close(), staff };
}

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`Meld syg/rask (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R4.2 a citizen reports sick, confirms with Bekræft, gets a receipt with date and time, and reports well the same day (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.sygdom;
      const citizen = sygdomCitizens[index];
      const today = danishToday();
      const date = dayText(language, today);
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);
      await expect(page.getByRole("region", { name: m.overview.heading, exact: true })).toHaveCount(0);

      // Mit Jobnet leads to `Meld syg`, today filled in.
      await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.sygdom }).click();
      await portal.expectHeading(m.syg.title);
      const day = page.getByLabel(m.syg.dayLabel, { exact: true });
      await expect(day).toHaveValue(today);

      // A day that has not come yet: the error summary, linked to the field, and a 400 without JavaScript.
      await day.fill(shiftDays(today, 1));
      const refused = javaScript ? null : page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: m.next }).click();
      if (refused) expect((await refused).status()).toBe(400);
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await summary.getByRole("link", { name: m.errors.dateInFuture }).click();
      if (javaScript) await expect(day).toBeFocused();
      await expect(day).toHaveAccessibleDescription(new RegExp(escaped(m.errors.dateInFuture)));

      // Today: the confirmation says what Bekræft will do, the a-kasse too (she gets dagpenge).
      await day.fill(today);
      await pressAndLeave(page, () => page.getByRole("button", { name: m.next }).click());
      await portal.expectHeading(m.confirm.sygTitle);
      const main = page.getByRole("main");
      await expect(main).toContainText(say(m.confirm.sygSummary, { date }));
      const consequences = page.getByRole("region", { name: m.confirm.whatHappens });
      await expect(consequences.getByRole("listitem")).toHaveCount(4);
      await expect(consequences).toContainText(say(m.confirm.syg.registered, { date }));
      await expect(consequences).toContainText(m.confirm.syg.paused);
      await expect(main).toContainText(m.confirm.akasseSyg);

      // Bekræft: the receipt with the reference, the date and time, and what was reported.
      await pressAndLeave(page, () => page.getByRole("button", { name: m.confirm.submit }).click());
      await portal.expectHeading(m.receipt.sygTitle);
      await expect(page.getByRole("status")).toContainText(new RegExp(`${escaped(m.receipt.reference)}: SY-[2-9A-HJ-NP-Z]{8}`));
      const receivedAt = page.getByRole("definition").first();
      await expect(page.getByRole("term").first()).toHaveText(m.receipt.receivedAt);
      await expect(receivedAt).toContainText(date);
      await expect(receivedAt).toContainText(/\d{1,2}[.:]\d{2}/);
      await expect(page.getByRole("region", { name: m.receipt.reportedHeading })).toContainText(say(m.receipt.sygText, { date }));

      // The overview shows the sickness, and leads to `Meld rask`; `Meld syg` now points there too.
      await portal.openFrontPage();
      const card = page.getByRole("region", { name: m.overview.heading, exact: true });
      await expect(card).toContainText(say(m.overview.text, { date }));
      await page.goto(portal.path("/meld-syg"));
      await portal.expectHeading(m.syg.already.title);
      await page.getByRole("link", { name: m.syg.already.link }).click();

      // Well the same day: the sickness ends, and the overview no longer shows it.
      await chooseDay(portal, "rask", today);
      await expect(page.getByRole("region", { name: m.confirm.whatHappens })).toContainText(say(m.confirm.rask.registered, { date, since: date }));
      await pressAndLeave(page, () => page.getByRole("button", { name: m.confirm.submit }).click());
      await portal.expectHeading(m.receipt.raskTitle);
      await expect(page.getByRole("status")).toContainText(/RA-[2-9A-HJ-NP-Z]{8}/);
      await expect(page.getByRole("region", { name: m.receipt.reportedHeading })).toContainText(say(m.receipt.raskText, { date }));
      await portal.openFrontPage();
      await expect(page.getByRole("region", { name: m.overview.heading, exact: true })).toHaveCount(0);
      await page.goto(portal.path("/meld-rask"));
      await portal.expectHeading(m.rask.notSick.title);
    });
  });
});

for (const [language, javaScript, citizen] of [
  ["da", true, sygdomCitizens[6]],
  ["en", false, sygdomCitizens[7]],
] as const) {
  const mode = describeMode({ language, javaScript });
  test.describe(`Meld syg/rask for screen readers (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.7 the day is a field in a fieldset named by its legend, its hint tied to it; an error moves focus to the summary (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.sygdom;
      const today = danishToday();
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await page.goto(portal.path("/meld-syg"));
      const group = page.getByRole("group", { name: m.syg.legend, exact: true });
      const day = group.getByLabel(m.syg.dayLabel, { exact: true });
      await expect(day).toBeVisible();
      await expect(day).toHaveAccessibleDescription(say(m.syg.dayHint, { example: today, days: SYGDOM_DAYS_BACK }));

      // Too far back: the summary has focus, and the field tells both its error and its hint.
      await day.fill(shiftDays(today, -SYGDOM_DAYS_BACK - 1));
      await page.getByRole("button", { name: m.next }).click();
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await expect(summary.getByRole("link", { name: m.errors.dateTooEarly })).toHaveAttribute("href", "#fromDay");
      await expect(day).toHaveAttribute("aria-invalid", "true");
      await expect(day).toHaveAccessibleDescription(new RegExp(`${escaped(m.syg.dayHint.slice(0, 20))}.*${escaped(m.errors.dateTooEarly)}`));

      // The confirmation page: one heading, what will happen as a named list, and the button by its name.
      await day.fill(today);
      await pressAndLeave(page, () => page.getByRole("button", { name: m.next }).click());
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.confirm.sygTitle);
      await expect(page.getByRole("region", { name: m.confirm.whatHappens }).getByRole("list")).toBeVisible();
      await expect(page.getByRole("button", { name: m.confirm.submit, exact: true })).toBeVisible();
    });
  });
}

test("R4.2 nothing happens before Bekræft: leaving the confirmation page makes no report, and the caseworker sees none", async ({ page, browser, baseURL }) => {
  const portal = new Portal(page, "da");
  const m = portal.m.sygdom;
  const citizen = sygdomCitizens[3];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await page.goto("/meld-syg");
  await chooseDay(portal, "syg", danishToday());

  // `Fortryd` goes back to the overview: not sick there, and `Meld syg` still asks.
  await page.getByRole("link", { name: m.cancel, exact: true }).click();
  await portal.expectWelcome(citizen.name);
  await expect(page.getByRole("region", { name: m.overview.heading, exact: true })).toHaveCount(0);
  await page.goto("/meld-syg");
  await chooseDay(portal, "syg", shiftDays(danishToday(), -1));
  // `Ret datoen` returns to the form with the chosen day; leaving from there changes nothing either.
  await page.getByRole("link", { name: m.confirm.change }).click();
  await expect(page.getByLabel(m.syg.dayLabel, { exact: true })).toHaveValue(shiftDays(danishToday(), -1));
  await page.goto("/meld-rask");
  await portal.expectHeading(m.rask.notSick.title);

  // A changed address is refused in the page with a 4xx and what is wrong: a day too far back (400),
  // a well report while not sick (409), a receipt that does not exist (404).
  let response = await page.goto(`/meld-syg/bekraeft?dag=${shiftDays(danishToday(), -SYGDOM_DAYS_BACK - 1)}`);
  expect(response?.status()).toBe(400);
  await portal.expectHeading(m.confirm.badDay.title);
  await expect(page.getByRole("main")).toContainText(m.errors.dateTooEarly);
  await expect(page.getByRole("button", { name: m.confirm.submit })).toHaveCount(0);
  response = await page.goto(`/meld-rask/bekraeft?dag=${danishToday()}`);
  expect(response?.status()).toBe(409);
  await expect(page.getByRole("main")).toContainText(m.errors.notSick);
  await expect(page.getByRole("button", { name: m.confirm.submit })).toHaveCount(0);
  response = await page.goto("/meld-syg/kvittering?reference=SY-23456789");
  expect(response?.status()).toBe(404);
  await portal.expectHeading(portal.m.receiptNotFound.title);

  const caseworker = await caseworkerSection(browser, baseURL, "da", citizen.cpr);
  await expect(caseworker.section).toContainText(m.staff.none);
  await expect(caseworker.section.getByRole("table")).toHaveCount(0);
  await caseworker.close();
});

test.describe("Meld syg sent twice (da, JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });

  test("R4.2 Bekræft pressed twice, sent again after Back, and from a second tab makes exactly one report", async ({ page, browser, baseURL, context }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.sygdom;
    const citizen = sygdomCitizens[4];
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await page.goto("/meld-syg");
    await chooseDay(portal, "syg", danishToday());
    const confirmation = page.url();

    // A second tab opens the same confirmation before the first confirms.
    const secondTab = await context.newPage();
    await secondTab.goto(confirmation);
    await expect(secondTab.getByRole("button", { name: m.confirm.submit })).toBeVisible();

    // Bekræft pressed twice in a row: one receipt.
    await page.getByRole("button", { name: m.confirm.submit }).dblclick();
    await portal.expectHeading(m.receipt.sygTitle);
    const reference = (await page.getByRole("status").innerText()).match(/SY-[2-9A-HJ-NP-Z]{8}/)![0];

    // Back and Bekræft again: the same report's receipt, or the page now says she is already sick.
    await page.goBack();
    const again = page.getByRole("button", { name: m.confirm.submit });
    if (await again.isVisible()) {
      await pressAndLeave(page, () => again.click());
      if (await portal.heading(m.receipt.sygTitle).isVisible()) await expect(page.getByRole("status")).toContainText(reference);
      else await expect(page.getByRole("main")).toContainText(m.errors.alreadySick);
    } else {
      await expect(page.getByRole("main")).toContainText(m.errors.alreadySick);
    }

    // The second tab's Bekræft is refused: she is already sick (409), and the page says so.
    const refused = secondTab.waitForResponse((response) => response.request().method() === "POST");
    await secondTab.getByRole("button", { name: m.confirm.submit }).click();
    expect((await refused).status()).toBe(409);
    await expect(secondTab.getByRole("main")).toContainText(m.errors.alreadySick);
    await secondTab.close();

    const caseworker = await caseworkerSection(browser, baseURL, "da", citizen.cpr);
    const rows = caseworker.section.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(reference);
    await caseworker.close();
  });
});

test("R4.2 X1 Meld syg can be done with the keyboard alone, with a visible focus", async ({ page }) => {
  const portal = new Portal(page, "da");
  const m = portal.m.sygdom;
  const citizen = sygdomCitizens[5];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await portal.expectWelcome(citizen.name);

  /** Presses Tab until the focused element is the one described, as a keyboard user would; each stop shows its focus. */
  async function tabTo(wanted: { text?: string; type?: string }) {
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const style = element ? getComputedStyle(element) : null;
        return {
          text: element?.textContent?.trim(),
          type: (element as HTMLInputElement | null)?.type,
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
          focusVisible: element?.matches(":focus-visible") ?? false,
        };
      });
      if ((wanted.text === undefined || focused.text === wanted.text) && (wanted.type === undefined || focused.type === wanted.type)) {
        expect(focused.focusVisible, `${JSON.stringify(wanted)} shows its focus`).toBe(true);
        expect(focused.outline, `${JSON.stringify(wanted)} has an outline`).not.toMatch(/^none|0px$/);
        return;
      }
    }
    throw new Error(`Tab never reached ${JSON.stringify(wanted)}`);
  }

  await tabTo({ text: portal.m.mitJobnet.menu.sygdom });
  await page.keyboard.press("Enter");
  await portal.expectHeading(m.syg.title);
  await tabTo({ type: "date" });
  await tabTo({ text: m.next });
  await page.keyboard.press("Enter");
  await portal.expectHeading(m.confirm.sygTitle);
  await tabTo({ text: m.confirm.submit });
  await page.keyboard.press("Space");
  await portal.expectHeading(m.receipt.sygTitle);
  await tabTo({ text: m.receipt.toOverview });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: m.overview.heading, exact: true })).toBeVisible();
});

for (const language of ["da", "en"] as const) {
  test(`R4.2 X5 Jens Jobcenter sees a København citizen's sick report on her page, and not an Aarhus citizen's (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const portal = new Portal(page, language);
    const m = portal.m.sygdom;
    const citizen = language === "da" ? sygdomCitizens[8] : sygdomAarhusCitizen;
    const today = danishToday();
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await page.goto(portal.path("/meld-syg"));
    await chooseDay(portal, "syg", today);
    await pressAndLeave(page, () => page.getByRole("button", { name: m.confirm.submit }).click());
    const reference = (await page.getByRole("status").innerText()).match(/SY-[2-9A-HJ-NP-Z]{8}/)![0];

    if (citizen !== sygdomAarhusCitizen) {
      const { section, staff, close } = await caseworkerSection(browser, baseURL, language, citizen.cpr);
      await expect(section).toContainText(say(m.staff.sick, { date: dayText(language, today) }));
      const row = section.getByRole("table", { name: m.staff.caption }).getByRole("row").nth(1);
      await expect(row).toContainText(m.kinds.syg);
      await expect(row).toContainText(reference);
      await expect(section.getByRole("link")).toHaveCount(0);
      await expect(section.getByRole("button")).toHaveCount(0);
      await expect(staff.page.getByRole("region", { name: staff.m.citizen.history }).first()).toContainText(staff.m.auditActions.sygdom.read);
      await close();

      // Another citizen (Anna Andersen, in a browser of her own) opening this receipt's address finds nothing there (404).
      const other = await browser.newContext({ baseURL, storageState: authState("citizen") });
      const annasPage = await other.newPage();
      const response = await annasPage.goto(portal.path(`/meld-syg/kvittering?reference=${reference}`));
      expect(response?.status()).toBe(404);
      await expect(annasPage.getByRole("heading", { level: 1, name: portal.m.receiptNotFound.title })).toBeVisible();
      await expect(annasPage.getByRole("main")).not.toContainText(reference);
      await other.close();
      return;
    }

    // The Aarhus citizen: Jens is refused at the search and on her page, and her report is not shown.
    const supportContext = await browser.newContext({ baseURL, storageState: authState("support") });
    const support = new StaffPortal(await supportContext.newPage(), language);
    await support.findForSupport(citizen.cpr);
    await expect(support.page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
    const citizenId = support.page.url().split("/").at(-1)!;
    await supportContext.close();
    const context = await browser.newContext({ baseURL, storageState: authState("caseworker") });
    const staff = new StaffPortal(await context.newPage(), language);
    await staff.findForJobcenter(citizen.cpr);
    await expect(staff.page.getByRole("alert", { name: staff.m.errorSummaryTitle })).toContainText(staff.errors.otherJobcenter);
    const response = await staff.page.goto(staff.path(`/medarbejder/jobcenter/borger/${citizenId}`));
    expect(response?.status()).toBe(403);
    await expect(staff.page.getByRole("region", { name: m.staff.heading })).toHaveCount(0);
    await expect(staff.page.getByRole("main")).not.toContainText(reference);
    await context.close();
  });
}
