import type { Browser, Page } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { EditorPortal } from "../../pages/editor";
import { Portal, type Language } from "../../pages/portal";

test.use({ storageState: authState("editor") });

const unique = () => Math.random().toString(36).slice(2, 8);

/** A logged-out visitor in a browser of their own, optionally at another moment (the test clock). */
async function visitor(browser: Browser, baseURL: string | undefined, language: Language, options: { now?: string; javaScript?: boolean } = {}) {
  const context = await browser.newContext({
    baseURL,
    storageState: undefined,
    javaScriptEnabled: options.javaScript ?? true,
    extraHTTPHeaders: options.now ? { "x-jobnet-test-now": options.now } : {},
  });
  return { portal: new Portal(await context.newPage(), language), close: () => context.close() };
}

const noteRegion = (page: Page, title: string) => page.getByRole("region", { name: title });

for (const language of ["da", "en"] as Language[]) {
  test(`R2.1 an editor publishes a yellow note, a logged-out visitor sees it at once, and after withdrawal it is gone (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const editor = new EditorPortal(page, language);
    const id = unique();
    const note = {
      titleDa: `Driftsinfo ${id}`,
      titleEn: `Service news ${id}`,
      bodyDa: "Jobnet holder **lukket** søndag.",
      bodyEn: "Jobnet is **closed** on Sunday.",
    };
    await editor.createNote(note);

    const visitorDa = await visitor(browser, baseURL, "da");
    const visitorEn = await visitor(browser, baseURL, "en");
    await visitorDa.portal.openFrontPage();
    await expect(noteRegion(visitorDa.portal.page, note.titleDa)).toHaveCount(0);

    // The preview is the citizens' note, in both languages.
    await page.getByRole("link", { name: editor.m.preview }).click();
    await expect(page.getByRole("heading", { level: 1, name: editor.m.previewTitle })).toBeVisible();
    await expect(noteRegion(page, note.titleDa)).toContainText("Jobnet holder lukket søndag.");
    await expect(page.locator('[lang="en"]').getByRole("region", { name: note.titleEn })).toContainText("Jobnet is closed on Sunday.");
    await page.getByRole("link", { name: editor.m.backToEntry }).click();

    await editor.publish();
    await visitorDa.portal.openFrontPage();
    await expect(noteRegion(visitorDa.portal.page, note.titleDa)).toBeVisible();
    await expect(noteRegion(visitorDa.portal.page, note.titleDa).locator("strong")).toHaveText("lukket");
    await visitorEn.portal.openFrontPage();
    await expect(noteRegion(visitorEn.portal.page, note.titleEn)).toContainText("Jobnet is closed on Sunday.");

    await editor.withdraw();
    await visitorDa.portal.openFrontPage();
    await expect(noteRegion(visitorDa.portal.page, note.titleDa)).toHaveCount(0);
    // The release's own note is still there.
    await expect(visitorDa.portal.page.getByRole("region", { name: "Log ind med MitID/NemID" })).toBeVisible();
    await Promise.all([visitorDa.close(), visitorEn.close()]);
  });
}

test("R2.1 a scheduled note shows only inside its publish window, in Danish time", async ({ page, browser, baseURL }) => {
  const editor = new EditorPortal(page);
  const title = `Planlagt ${unique()}`;
  await editor.createNote({
    titleDa: title,
    titleEn: `Scheduled ${title}`,
    bodyDa: "Nyt CV-modul fra 1. januar.",
    bodyEn: "New CV module from 1 January.",
    publishFrom: "2030-01-01T08:00",
    publishTo: "2030-01-01T16:00",
  });
  await editor.publish();
  await expect(page.getByRole("region", { name: editor.m.statusHeading })).toContainText("2030");

  // 08:00 and 16:00 Danish (winter) time are 07:00 and 15:00 UTC.
  for (const [now, shown] of [
    [undefined, false],
    ["2030-01-01T06:59:00Z", false],
    ["2030-01-01T07:00:00Z", true],
    ["2030-01-01T14:59:00Z", true],
    ["2030-01-01T15:00:00Z", false],
  ] as const) {
    const { portal, close } = await visitor(browser, baseURL, "da", { now });
    await portal.openFrontPage();
    await expect(noteRegion(portal.page, title), `at ${now ?? "now"}`).toHaveCount(shown ? 1 : 0);
    await close();
  }
});

test("R2.1 a Markdown body with a script tag renders inert, for visitors and in the preview", async ({ page, browser, baseURL }) => {
  const editor = new EditorPortal(page);
  const title = `Skadelig ${unique()}`;
  const attack = '**Vigtigt** <script>window.jobnetPwned = 1</script><img src="x" onerror="window.jobnetPwned = 2"> [klik](javascript:window.jobnetPwned=3)';
  await editor.createNote({ titleDa: title, titleEn: title, bodyDa: attack, bodyEn: attack });
  await editor.publish();

  const { portal, close } = await visitor(browser, baseURL, "da");
  for (const target of [portal.page, page]) {
    if (target === page) await page.getByRole("link", { name: editor.m.preview }).click();
    else await portal.openFrontPage();
    const region = noteRegion(target, title).first();
    await expect(region.locator("strong")).toHaveText("Vigtigt");
    await expect(region.locator("script, img, [onerror], a[href^='javascript']")).toHaveCount(0);
    await expect(region).not.toContainText("jobnetPwned");
    await region.getByText("klik").click();
    expect(await target.evaluate(() => (window as { jobnetPwned?: number }).jobnetPwned)).toBeUndefined();
  }
  await editor.page.getByRole("link", { name: editor.m.backToEntry }).click();
  await editor.withdraw();
  await close();
});

test("R2.1 two editors save the same note: the second sees both texts, then decides; every version can be restored", async ({ page, context }) => {
  const editor = new EditorPortal(page);
  const title = `Samtidig ${unique()}`;
  const notePath = await editor.createNote({ titleDa: title, titleEn: title, bodyDa: "Oprindelig tekst.", bodyEn: "Original text." });

  const other = new EditorPortal(await context.newPage());
  await other.saveDanishBody(notePath, "Den første redaktørs rettelse.", 2);

  // This editor opened version 1 before the other saved version 2.
  await page.getByLabel(editor.m.fields.bodyDa, { exact: true }).fill("Den anden redaktørs rettelse.");
  await page.getByRole("button", { name: editor.m.save }).click();
  const summary = page.getByRole("alert", { name: editor.m.errorSummaryTitle });
  await expect(summary).toContainText(editor.m.errors.conflict);
  await expect(summary).toBeFocused();
  const conflict = page.getByRole("region", { name: editor.m.conflict.heading });
  await expect(conflict).toContainText("Den første redaktørs rettelse.");
  await expect(conflict).toContainText("Rikke Redaktør");
  await expect(page.getByLabel(editor.m.fields.bodyDa, { exact: true })).toHaveValue("Den anden redaktørs rettelse.");

  // Having read both, the editor saves on purpose.
  await page.getByRole("button", { name: editor.m.save }).click();
  await expect(page.getByRole("status").filter({ hasText: editor.m.saved.replace("{version}", "3") })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(editor.m.fields.bodyDa, { exact: true })).toHaveValue("Den anden redaktørs rettelse.");

  const history = page.getByRole("region", { name: editor.m.history.heading });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await history.getByRole("button", { name: editor.m.history.restore.replace("{version}", "1") }).click();
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(page.getByLabel(editor.m.fields.bodyDa, { exact: true })).toHaveValue("Oprindelig tekst.");
  await expect(history.getByRole("listitem").first()).toContainText(editor.m.history.changes.restored);
});

// The newest version may reach this page with the conflict's answer: without JavaScript the
// page is rendered anew, and with it the page is refreshed when the session cookie is renewed.
for (const [language, javaScript] of [
  ["da", true],
  ["en", false],
] as const) {
  test(`R2.1 X3 publishing, restoring or saving over a version someone else has moved on from changes nothing and says so (${language}, JavaScript ${javaScript ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, storageState: authState("editor"), javaScriptEnabled: javaScript });
    const editor = new EditorPortal(await context.newPage(), language);
    const page = editor.page;
    const title = `Forældet ${unique()}`;
    const notePath = await editor.createNote({ titleDa: title, titleEn: title, bodyDa: "Version et.", bodyEn: "Version one." });
    const other = new EditorPortal(await context.newPage(), language);
    await other.page.goto(notePath);
    await other.publish();

    // This page still shows version 1 as a draft.
    await page.getByRole("button", { name: editor.m.publish, exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: editor.m.errors.conflictReload })).toBeVisible();
    await expect(page.getByRole("region", { name: editor.m.conflict.heading })).toHaveCount(0);
    await page.goto(notePath);
    await expect(editor.status()).toHaveText(editor.m.statuses.published);
    await expect(page.getByRole("alert").filter({ hasText: editor.m.errors.conflictReload })).toHaveCount(0);

    await other.page.goto(notePath);
    await other.withdraw();
    const history = page.getByRole("region", { name: editor.m.history.heading });
    await history.getByRole("button", { name: editor.m.history.restore.replace("{version}", "1") }).click();
    await expect(history.getByRole("alert").filter({ hasText: editor.m.errors.conflictReload })).toBeVisible();
    await page.goto(notePath);
    await expect(history.getByRole("listitem")).toHaveCount(3);
    await expect(editor.status()).toHaveText(editor.m.statuses.withdrawn);

    await other.saveDanishBody(notePath, "Den andens tekst.", 4);
    await page.getByLabel(editor.m.fields.bodyDa, { exact: true }).fill("Min egen tekst.");
    await page.getByRole("button", { name: editor.m.save }).click();
    await expect(page.getByRole("region", { name: editor.m.conflict.heading })).toContainText("Den andens tekst.");
    await expect(page.getByLabel(editor.m.fields.bodyDa, { exact: true })).toHaveValue("Min egen tekst.");
    await context.close();
  });
}

test("R2.1 X2 on the English editor pages the Danish texts are marked as Danish, for screen readers to pronounce", async ({ page }) => {
  const editor = new EditorPortal(page, "en");
  const note = {
    titleDa: `Lukket for vedligeholdelse ${unique()}`,
    titleEn: "Closed for maintenance",
    bodyDa: "Vi er tilbage i morgen.",
    bodyEn: "We are back tomorrow.",
  };
  await editor.createNote(note);
  await expect(page.getByRole("heading", { level: 1 }).locator('[lang="da"]')).toHaveText(note.titleDa);
  const history = page.getByRole("region", { name: editor.m.history.heading });
  await history.getByText(editor.m.history.showText.replace("{version}", "1")).click();
  await expect(history.getByText(note.titleDa, { exact: true })).toHaveAttribute("lang", "da");
  await expect(history.getByText(note.bodyEn, { exact: true })).toHaveAttribute("lang", "en");
  await expect(history.getByText(editor.m.history.savedBy.split(" {name}")[0])).toContainText("Rikke Redaktør");

  await page.goto(editor.path("/medarbejder/redaktion"));
  await expect(page.getByRole("link", { name: note.titleDa })).toHaveAttribute("lang", "da");
  const faq = page.getByRole("table", { name: editor.m.kinds.faq_entry.heading });
  await expect(faq.getByRole("link").first()).toHaveAttribute("lang", "da");
  await expect(faq.getByRole("cell", { name: "Log ind og profil" }).first()).toHaveAttribute("lang", "da");
});

test("R2.1 X4 an editor's form explains what is missing, without JavaScript too", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: authState("editor"), javaScriptEnabled: false });
  const editor = new EditorPortal(await context.newPage(), "en");
  await editor.page.goto(editor.path("/medarbejder/redaktion/gule-sedler/ny"));
  await editor.page.getByLabel(editor.m.fields.titleDa, { exact: true }).fill("Kun en dansk overskrift");
  await editor.page.getByLabel(editor.m.fields.publishFrom, { exact: true }).fill("2030-01-02T08:00");
  await editor.page.getByLabel(editor.m.fields.publishTo, { exact: true }).fill("2030-01-01T08:00");
  await editor.page.getByRole("button", { name: editor.m.create }).click();
  const summary = editor.page.getByRole("alert", { name: editor.m.errorSummaryTitle });
  await expect(summary.getByRole("link", { name: editor.m.errors.required })).toHaveCount(3);
  await expect(summary.getByRole("link", { name: editor.m.errors.windowOrder })).toBeVisible();
  await expect(editor.page.getByLabel(editor.m.fields.titleDa, { exact: true })).toHaveValue("Kun en dansk overskrift");
  await context.close();
});
