import type { Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { questionnaireCitizens, submittedQuestionnaireCitizen } from "@/tests/support/e2e-fixtures";
import { questions } from "@/lib/forberedelsesskema/questions";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

const WELCOME_START =
  "Brug det frivillige forberedelsesskema til at forberede dig til de første samtaler i jobcenter eller a-kasse. Det er frivilligt, om du vil udfylde forberedelsesskemaet, og udfyldelsen har ikke indflydelse på din ret til ydelse.";

/** The question page's radio group, named by its legend (progress and question). */
function answers(page: Page) {
  return page.getByRole("group");
}

async function choose(portal: Portal, number: number, option: string) {
  const question = questions[number - 1];
  const texts = portal.m.forberedelsesskema.questions[question.id as "cv"];
  await expect(
    portal.page.getByText(portal.m.forberedelsesskema.progress.replace("{number}", String(number)).replace("{total}", "10"), { exact: true }),
  ).toBeVisible();
  await expect(portal.page.getByRole("heading", { level: 2, name: texts.text })).toBeVisible();
  await answers(portal.page)
    .getByRole("radio", { name: (texts.options as Record<string, string>)[option], exact: true })
    .check();
  const from = portal.page.url();
  await portal.page.getByRole("button", { name: portal.m.forberedelsesskema.next }).click();
  await portal.page.waitForURL((url) => url.href !== from);
}

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`The preparation questionnaire (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R3.1 a citizen answers one question per page, leaves and comes back where they were, changes an answer on the summary, sends, and gets a receipt of the answers only (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.forberedelsesskema;
      const citizen = questionnaireCitizens[index];
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);

      // The overview says what needs doing, and leads there.
      const todo = page.getByRole("region", { name: portal.m.mitJobnet.todoHeading });
      await todo.getByRole("link", { name: m.overview.start }).click();
      await portal.expectHeading(m.title);
      if (language === "da") await expect(page.getByRole("main")).toContainText(WELCOME_START);
      await expect(page.getByRole("link", { name: language === "da" ? "privatlivspolitikken for Jobnet.dk" : "Jobnet.dk's privacy policy" })).toHaveAttribute(
        "href",
        portal.path("/politik-om-persondata"),
      );
      await expect(page.getByRole("link", { name: "star@star.dk" })).toHaveAttribute("href", "mailto:star@star.dk");

      await page.getByRole("link", { name: m.start }).click();
      // A missing answer: the error summary, the title marked, nothing saved.
      await page.getByRole("button", { name: m.next }).click();
      await portal.expectFailedSubmit(m.errorSummaryTitle);
      await page.getByRole("alert", { name: m.errorSummaryTitle }).getByRole("link", { name: m.errors.answerMissing }).click();
      if (javaScript) await expect(answers(page).getByRole("radio").first()).toBeFocused();

      await choose(portal, 1, "ved-ikke");
      await choose(portal, 2, "1-5");
      await choose(portal, 3, "netvaerk");
      // Tilbage goes to the question before, its answer still chosen.
      await page.getByRole("link", { name: m.back }).click();
      await expect(answers(page).getByRole("radio", { name: m.questions.soegemaade.options.netvaerk })).toBeChecked();

      // Leave, and come back to where they were.
      await portal.openFrontPage();
      await expect(todo).toContainText(m.overview.draft.replace("{answered}", "3").replace("{total}", "10"));
      await todo.getByRole("link", { name: m.overview.continue }).click();
      await page.getByRole("link", { name: m.continue }).click();
      for (let number = 4; number <= 10; number++) await choose(portal, number, questions[number - 1].options[0]);

      // The summary: every answer, each with Ret.
      await portal.expectHeading(m.summaryTitle);
      await expect(page.getByRole("main").getByRole("definition")).toHaveCount(10);
      await page.getByRole("link", { name: `${m.change} ${m.changeAnswer.replace("{number}", "2")}` }).click();
      await choose(portal, 2, "over-10");
      await portal.expectHeading(m.summaryTitle);
      await expect(page.getByRole("main")).toContainText(m.questions.ansoegninger.options["over-10"]);
      await page.getByRole("button", { name: m.send }).click();

      // The receipt: reference, when, and the answers — nothing else.
      await portal.expectHeading(m.receiptTitle);
      await expect(page.getByRole("status")).toContainText(/FS-[2-9A-HJ-NP-Z]{8}/);
      const answered = page.getByRole("region", { name: m.answersHeading });
      await expect(answered.getByRole("definition")).toHaveCount(10);
      await expect(answered).toContainText(m.questions["forventet-job"].options["ved-ikke"]);
      await expect(page.getByRole("main")).not.toContainText(/risiko|risk|score|vurdering|assessment/i);

      // Sent, it can be read, not changed.
      await page.goto(portal.path("/forberedelsesskema/spoergsmaal/1"));
      await portal.expectHeading(m.title);
      await expect(page.getByRole("link", { name: m.toReceipt })).toBeVisible();
      await expect(page.getByRole("radio")).toHaveCount(0);
      await portal.openFrontPage();
      await expect(todo).toContainText(portal.m.mitJobnet.nothingToDo);
    });
  });
});

test("R3.1 X1 a whole questionnaire can be answered with the keyboard alone", async ({ page }) => {
  const portal = new Portal(page, "da");
  const m = portal.m.forberedelsesskema;
  const citizen = questionnaireCitizens[3];
  await portal.logInWithMitid({ cpr: citizen.cpr });
  await page.goto(portal.path("/forberedelsesskema"));

  /** Presses Tab until the focused element is the one described, as a keyboard user would. */
  async function tabTo(wanted: { text?: string; type?: string }) {
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({
        text: document.activeElement?.textContent?.trim(),
        type: (document.activeElement as HTMLInputElement | null)?.type,
      }));
      if ((wanted.text === undefined || focused.text === wanted.text) && (wanted.type === undefined || focused.type === wanted.type)) return;
    }
    throw new Error(`Tab never reached ${JSON.stringify(wanted)}`);
  }

  await tabTo({ text: m.start });
  await page.keyboard.press("Enter");
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByText(`Spørgsmål ${number} af 10`, { exact: true })).toBeVisible();
    await tabTo({ type: "radio" });
    // Arrow keys move between a group's options and choose them; Space chooses the focused one.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await expect(answers(page).getByRole("radio").nth(1)).toBeChecked();
    await tabTo({ text: m.next });
    await page.keyboard.press("Enter");
  }
  await portal.expectHeading(m.summaryTitle);
  await tabTo({ text: m.send });
  await page.keyboard.press("Enter");
  await portal.expectHeading(m.receiptTitle);
  await expect(page.getByRole("region", { name: m.answersHeading }).getByRole("definition")).toHaveCount(10);
});

test("R3.1 a citizen the questionnaire is not for is told so plainly, and the menu does not offer it", async ({ page }) => {
  const portal = new Portal(page, "da");
  await portal.logInWithMitid({ name: "Dorte Fleks" });
  await portal.expectWelcome("Dorte Fleks");
  const menu = page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel });
  await expect(menu.getByRole("link", { name: portal.m.mitJobnet.menu.forberedelsesskema })).toHaveCount(0);
  await page.goto("/forberedelsesskema");
  await portal.expectHeading(portal.m.forberedelsesskema.notForYouTitle);
  await expect(page.getByRole("main")).toContainText(portal.m.forberedelsesskema.notForYou);
  await expect(page.getByRole("link", { name: portal.m.forberedelsesskema.start })).toHaveCount(0);
});

for (const language of ["da", "en"] as const) {
  test.describe(`The caseworker (${language})`, () => {
    test.use({ storageState: authState("caseworker") });

    test(`R3.1 X5 the caseworker reads the answers the citizen sent, and the read is in the citizen's history (${language})`, async ({ page }) => {
      const staff = new StaffPortal(page, language);
      const portal = new Portal(page, language);
      const m = portal.m.forberedelsesskema;
      await staff.findForJobcenter(submittedQuestionnaireCitizen.cpr);
      const section = page.getByRole("region", { name: staff.m.forberedelsesskema.heading });
      await expect(section.getByRole("definition")).toHaveCount(10);
      await expect(section).toContainText(m.questions["forventet-job"].text);
      await expect(section).toContainText(m.questions["forventet-job"].options["inden-1-maaned"]);
      await expect(section).toContainText(/FS-[2-9A-HJ-NP-Z]{8}/);
      await expect(page.getByRole("region", { name: staff.m.citizen.history }).first()).toContainText(staff.m.auditActions.forberedelsesskema.read);
    });
  });
}

test.describe("Addresses and refusals", () => {
  test("R3.1 X4 an address that names no question is a 404, whatever its spelling", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, storageState: authState("citizen") });
    // (`%31` is `1` written another way, RFC 3986 §2.3: the same address.)
    for (const path of ["0", "11", "01", "001", "abc", "1.5", "-1", "1e0"]) {
      const response = await context.request.get(`/forberedelsesskema/spoergsmaal/${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    expect((await context.request.get("/forberedelsesskema/spoergsmaal/10", { maxRedirects: 0 })).status()).toBe(200);
    await context.close();
  });

  test("R3.1 X1 Send with questions unanswered: the error summary comes first and links to each unanswered question's Ret", async ({ page }) => {
    const portal = new Portal(page, "da");
    const m = portal.m.forberedelsesskema;
    await portal.logInWithMitid({ cpr: questionnaireCitizens[4].cpr });
    await page.goto("/forberedelsesskema/spoergsmaal/1");
    await choose(portal, 1, "ved-ikke");
    await page.goto("/forberedelsesskema/oversigt");
    await page.getByRole("button", { name: m.send }).click();
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link")).toHaveCount(9);
    await summary.getByRole("link", { name: m.unansweredQuestion.replace("{number}", "2").replace("{question}", m.questions.ansoegninger.text) }).click();
    await expect(page.getByRole("link", { name: `${m.change} ${m.changeAnswer.replace("{number}", "2")}` })).toBeFocused();
  });

  test("R3.1 the browser's own Back shows the answer just saved", async ({ page }) => {
    const portal = new Portal(page, "da");
    await portal.logInWithMitid({ cpr: questionnaireCitizens[5].cpr });
    await page.goto("/forberedelsesskema/spoergsmaal/1");
    await choose(portal, 1, "3-6-maaneder");
    await expect(page.getByText("Spørgsmål 2 af 10", { exact: true })).toBeVisible();
    await page.goBack();
    await expect(answers(page).getByRole("radio", { name: portal.m.forberedelsesskema.questions["forventet-job"].options["3-6-maaneder"] })).toBeChecked();
  });

  test.describe("JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("R3.1 X3 Send from a second, older tab after the questionnaire is sent says it is sent, in the page", async ({ page, context }) => {
      const portal = new Portal(page, "da", false);
      const m = portal.m.forberedelsesskema;
      await portal.logInWithMitid({ cpr: questionnaireCitizens[6].cpr });
      for (let number = 1; number <= 10; number++) {
        await page.goto(`/forberedelsesskema/spoergsmaal/${number}`);
        await answers(page).getByRole("radio").first().check();
        await page.getByRole("button", { name: m.next }).click();
      }
      const older = await context.newPage();
      await older.goto("/forberedelsesskema/oversigt");
      await page.getByRole("button", { name: m.send }).click();
      await portal.expectHeading(m.receiptTitle);

      const answer = older.waitForResponse((response) => response.request().method() === "POST");
      await older.getByRole("button", { name: m.send }).click();
      expect((await answer).status()).toBe(409);
      await expect(older.getByRole("heading", { level: 1, name: m.title })).toBeVisible();
      await expect(older.getByRole("link", { name: m.toReceipt })).toBeVisible();
    });
  });
});
