import type { Browser, Locator, Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { sygdomAarhusCitizen, sygdomCitizens } from "@/tests/support/e2e-fixtures";
import { toDateParts } from "@/lib/date-parts";
import { danishToday, earliestReportDay, shiftDays, SYGDOM_DAYS_BACK } from "@/lib/sygdom/days";
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

/** The day form's three fields: Dag, Måned, År. */
function dateFields(portal: Portal) {
  const m = portal.m.sygdom.dateParts;
  const field = (name: string) => portal.page.getByRole("textbox", { name, exact: true });
  return { day: field(m.day), month: field(m.month), year: field(m.year) };
}

/** Types `day` (`yyyy-mm-dd`) into the three fields as a citizen would: `27`, `3`, `2026`. */
async function typeDay(portal: Portal, day: string) {
  const fields = dateFields(portal);
  const parts = toDateParts(day);
  await fields.day.fill(parts.day);
  await fields.month.fill(parts.month);
  await fields.year.fill(parts.year);
}

/** What the three fields hold. */
async function expectDay(portal: Portal, day: string) {
  const fields = dateFields(portal);
  const parts = toDateParts(day);
  await expect(fields.day).toHaveValue(parts.day);
  await expect(fields.month).toHaveValue(parts.month);
  await expect(fields.year).toHaveValue(parts.year);
}

/** `Meld syg` or `Meld rask` from its form to the confirmation page, with `day`. */
async function chooseDay(portal: Portal, kind: "syg" | "rask", day: string) {
  const m = portal.m.sygdom;
  await portal.expectHeading(m[kind].title);
  await typeDay(portal, day);
  await pressAndLeave(portal.page, () => portal.page.getByRole("button", { name: m.next }).click());
  await portal.expectHeading(m.confirm[`${kind}Title`]);
}

/** Every field of the form a locator holds, as the browser would post it (hidden ones included). */
async function formFields(form: Locator): Promise<Record<string, string>> {
  return form.evaluate((element) => Object.fromEntries([...new FormData(element as HTMLFormElement)].map(([name, value]) => [name, String(value)])));
}

/** The receipt's reference an answer's address names, after its redirects. */
const referenceIn = (address: string) => new URL(address).searchParams.get("reference");

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

      // Mit Jobnet leads to `Meld syg`, today filled in as day, month and year.
      await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.sygdom }).click();
      await portal.expectHeading(m.syg.title);
      await expectDay(portal, today);
      const day = dateFields(portal).day;
      const group = page.getByRole("group", { name: m.syg.legend, exact: true });

      // A day that has not come yet: the error summary, linked to the day field, and a 400 without JavaScript.
      await typeDay(portal, shiftDays(today, 1));
      const refused = javaScript ? null : page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: m.next }).click();
      if (refused) expect((await refused).status()).toBe(400);
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      await summary.getByRole("link", { name: m.errors.dateInFuture }).click();
      if (javaScript) await expect(day).toBeFocused();
      await expect(group).toHaveAccessibleDescription(new RegExp(escaped(m.errors.dateInFuture)));

      // Today: the confirmation says what Bekræft will do — what really happens — and the a-kasse notice (she is a dagpengemodtager).
      await typeDay(portal, today);
      await pressAndLeave(page, () => page.getByRole("button", { name: m.next }).click());
      await portal.expectHeading(m.confirm.sygTitle);
      const main = page.getByRole("main");
      await expect(main).toContainText(say(m.confirm.sygSummary, { date }));
      const consequences = page.getByRole("region", { name: m.confirm.whatHappens });
      await expect(consequences.getByRole("listitem")).toHaveCount(4);
      await expect(consequences).toContainText(say(m.confirm.syg.registered, { date }));
      await expect(consequences).toContainText(m.confirm.syg.jobcenter);
      await expect(consequences).toContainText(m.confirm.syg.appointments);
      await expect(main).toContainText(m.confirm.akasseSyg);
      expect(m.confirm.akasseSyg).toMatch(language === "da" ? /^Hvis du får dagpenge/ : /^If you receive unemployment benefit/);

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

    test(`R1.7 the day is GOV.UK's date input: day, month and year in a fieldset named by its legend, the hint with an example and the allowed days tied to it; an error moves focus to the summary (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.sygdom;
      const today = danishToday();
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await page.goto(portal.path("/meld-syg"));
      const group = page.getByRole("group", { name: m.syg.legend, exact: true });
      const fields = dateFields(portal);
      for (const field of Object.values(fields)) {
        await expect(group.getByRole("textbox").filter({ has: page.locator(`xpath=self::*[@id="${await field.getAttribute("id")}"]`) })).toHaveCount(1);
        await expect(field).toHaveAttribute("inputmode", "numeric");
      }
      // No date picker: what the screen reader announces is what the hint says.
      await expect(group.locator('input[type="date"]')).toHaveCount(0);
      const parts = toDateParts(today);
      const hint = say(m.syg.dayHint, {
        example: `${parts.day} ${parts.month} ${parts.year}`,
        earliest: dayText(language, earliestReportDay(today)),
        today: dayText(language, today),
      });
      await expect(group).toHaveAccessibleDescription(hint);

      // Too far back: the summary has focus, the message says how many days, the fields are marked, the group tells its hint and its error.
      await typeDay(portal, shiftDays(today, -SYGDOM_DAYS_BACK - 1));
      await page.getByRole("button", { name: m.next }).click();
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      const tooEarly = say(m.errors.dateTooEarly, { days: SYGDOM_DAYS_BACK });
      await expect(summary.getByRole("link", { name: tooEarly })).toHaveAttribute("href", "#from-day-day");
      for (const field of Object.values(fields)) await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(group).toHaveAccessibleDescription(new RegExp(`${escaped(hint)}.*${escaped(tooEarly)}`));

      // The confirmation page: one heading, what will happen as a named list, and the button by its name.
      await typeDay(portal, today);
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
  await expectDay(portal, shiftDays(danishToday(), -1));
  await page.goto("/meld-rask");
  await portal.expectHeading(m.rask.notSick.title);

  // A changed address is refused in the page with a 4xx and what is wrong: a day too far back (400),
  // a well report while not sick (409), a receipt that does not exist (404).
  let response = await page.goto(`/meld-syg/bekraeft?dag=${shiftDays(danishToday(), -SYGDOM_DAYS_BACK - 1)}`);
  expect(response?.status()).toBe(400);
  await portal.expectHeading(m.confirm.badDay.title);
  await expect(page.getByRole("main")).toContainText(say(m.errors.dateTooEarly, { days: SYGDOM_DAYS_BACK }));
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

  test("R4.2 the same confirmation page sent twice at once, and again after Back, makes exactly one report with one receipt", async ({
    page,
    browser,
    baseURL,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.sygdom;
    const citizen = sygdomCitizens[4];
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await page.goto("/meld-syg");
    await chooseDay(portal, "syg", danishToday());
    const confirmation = page.url();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: m.confirm.submit }) });
    const sent = await formFields(form);
    expect(sent.submissionKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(new URL(confirmation).searchParams.get("noegle")).toBe(sent.submissionKey);

    // The page's form posted twice at once, as two presses of Bekræft would: both answers are the same receipt.
    const post = () => page.request.post(confirmation, { multipart: sent, headers: { Origin: new URL(confirmation).origin } });
    const [first, second] = await Promise.all([post(), post()]);
    expect([first.status(), second.status()]).toEqual([200, 200]);
    const reference = referenceIn(first.url());
    expect(reference).toMatch(/^SY-[2-9A-HJ-NP-Z]{8}$/);
    expect(referenceIn(second.url())).toBe(reference);

    // Bekræft pressed on the page itself: the same receipt again.
    await pressAndLeave(page, () => page.getByRole("button", { name: m.confirm.submit }).click());
    await portal.expectHeading(m.receipt.sygTitle);
    await expect(page.getByRole("status")).toContainText(reference!);

    // Back: the same page with the same key in its address, which now says it was confirmed and leads to the same receipt; sent again, the same receipt.
    await page.goBack();
    expect(page.url()).toBe(confirmation);
    await page.reload();
    await portal.expectHeading(m.confirm.done.sygTitle);
    await expect(page.getByRole("link", { name: m.confirm.done.link })).toHaveAttribute("href", `/meld-syg/kvittering?reference=${reference}`);
    await expect(page.getByRole("button", { name: m.confirm.submit })).toHaveCount(0);
    expect(referenceIn((await post()).url())).toBe(reference);

    const caseworker = await caseworkerSection(browser, baseURL, "da", citizen.cpr);
    const rows = caseworker.section.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(reference!);
    await caseworker.close();
  });
});

for (const [javaScript, citizen] of [
  [true, sygdomCitizens[9]],
  [false, sygdomCitizens[10]],
] as const) {
  const mode = describeMode({ language: "da", javaScript });
  test.describe(`Meld syg refused on Bekræft (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R4.2 X1 X3 Bekræft in a second tab after the first confirmed: the page says she is already sick (409), with focus there, no Bekræft, and the way to Meld rask (${mode})`, async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      const portal = new Portal(page, "da", javaScript);
      const m = portal.m.sygdom;
      await portal.logInWithMitid({ cpr: citizen.cpr });
      // Two tabs, each through Næste to its own confirmation page.
      await page.goto("/meld-syg");
      await chooseDay(portal, "syg", danishToday());
      const secondTab = await context.newPage();
      const second = new Portal(secondTab, "da", javaScript);
      await secondTab.goto("/meld-syg");
      await chooseDay(second, "syg", shiftDays(danishToday(), -1));

      await pressAndLeave(page, () => page.getByRole("button", { name: m.confirm.submit }).click());
      await portal.expectHeading(m.receipt.sygTitle);

      // The refused Bekræft comes back to its confirmation page, which answers 409 and says why.
      const answered = javaScript ? null : secondTab.waitForResponse((response) => response.url().includes("/meld-syg/bekraeft") && response.status() === 409);
      await secondTab.getByRole("button", { name: m.confirm.submit }).click();
      if (answered) await answered;
      await second.expectHeading(m.syg.title);
      const message = secondTab.getByRole("main").getByText(m.errors.alreadySick, { exact: true });
      await expect(message).toBeFocused();
      await expect(secondTab.getByRole("button", { name: m.confirm.submit })).toHaveCount(0);
      await secondTab.getByRole("link", { name: m.syg.already.link }).click();
      await second.expectHeading(m.rask.title);

      const caseworker = await caseworkerSection(browser, baseURL, "da", citizen.cpr);
      await expect(caseworker.section.getByRole("table").getByRole("row")).toHaveCount(2);
      await caseworker.close();
    });
  });
}

test("R4.2 X1 with JavaScript, Bekræft of a day no longer allowed (as after midnight) shows the page's 400 message with focus, the way back to the form, and makes no report", async ({
  page,
  browser,
  baseURL,
}) => {
  const portal = new Portal(page, "da");
  const m = portal.m.sygdom;
  const citizen = sygdomCitizens[11];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await page.goto("/meld-syg");
  await chooseDay(portal, "syg", shiftDays(danishToday(), -SYGDOM_DAYS_BACK));
  // The page was made when the day was allowed; by the time Bekræft is pressed it is one day too far back.
  await page
    .locator('input[name="fromDay"]')
    .evaluate((input, day) => ((input as HTMLInputElement).value = day), shiftDays(danishToday(), -SYGDOM_DAYS_BACK - 1));
  await page.getByRole("button", { name: m.confirm.submit }).click();
  await portal.expectHeading(m.confirm.badDay.title);
  await expect(page.getByRole("main").getByText(say(m.errors.dateTooEarly, { days: SYGDOM_DAYS_BACK }), { exact: true })).toBeFocused();
  await expect(page.getByRole("button", { name: m.confirm.submit })).toHaveCount(0);
  expect((await page.request.get(page.url())).status()).toBe(400);
  await page.getByRole("link", { name: m.confirm.badDay.link }).click();
  await portal.expectHeading(m.syg.title);

  const caseworker = await caseworkerSection(browser, baseURL, "da", citizen.cpr);
  await expect(caseworker.section).toContainText(m.staff.none);
  await caseworker.close();
});

test("R4.2 R1.7 with JavaScript, the form checks the day against the server's today, not the device's clock", async ({ page }) => {
  const portal = new Portal(page, "da");
  const m = portal.m.sygdom;
  const citizen = sygdomCitizens[12];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  // The device's clock is 10 days behind: by it, today would be a day that has not come yet.
  await page.clock.setFixedTime(new Date(Date.now() - 10 * 86_400_000));
  await page.goto("/meld-syg");
  await chooseDay(portal, "syg", danishToday());

  // And the day after the server's today is refused in the browser, before anything is sent, as the server would.
  await page.goto("/meld-syg");
  let posts = 0;
  page.on("request", (request) => void (request.method() === "POST" && posts++));
  await typeDay(portal, shiftDays(danishToday(), 1));
  await page.getByRole("button", { name: m.next }).click();
  const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
  await expect(summary).toContainText(m.errors.dateInFuture);
  expect(posts).toBe(0);
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
  // Today is filled in: Tab passes the day, month and year fields on the way to Næste.
  await tabTo({ type: "text" });
  await expect(dateFields(portal).day).toBeFocused();
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
