import type { Locator, Page } from "@playwright/test";
import { cvDagpengeCitizens, cvEntryCitizens, cvFleksCitizens, cvPausedCitizens, cvTitleCitizens } from "@/tests/support/e2e-fixtures";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

/** `Analytiker, data og analyse` in the occupation taxonomy, by its name in each language. */
const ANALYTIKER = { da: "Analytiker, data og analyse", en: "Analyst, data and analytics" } as const;

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

/** A message with `{name}` placeholders filled in. */
function fill(message: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, value), message);
}

async function openCv(portal: Portal) {
  await portal.page.goto(portal.path("/cv"));
  await portal.expectHeading(portal.m.cv.title);
}

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`The CV (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R3.3 R1.7 a citizen finds the CV in Mit Jobnet and adds and removes a title under Jeg søger job som with the keyboard (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.cv;
      await portal.logInWithMitid({ cpr: cvTitleCitizens[index].cpr });
      await portal.expectWelcome(cvTitleCitizens[index].name);
      const menu = page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel });
      await menu.getByRole("link", { name: portal.m.mitJobnet.menu.cv, exact: true }).click();
      await portal.expectHeading(m.title);
      await expect(
        page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.cv }),
      ).toHaveAttribute("aria-current", "page");

      const section = page.getByRole("region", { name: m.wantedTitles.heading });
      await expect(section).toContainText(m.wantedTitles.none);
      const title = ANALYTIKER[language];
      await tabTo(page, section.getByRole("searchbox", { name: m.form.wantedTitles.searchLabel }));
      await page.keyboard.type(language === "da" ? "analytiker data" : "analyst data");
      await page.keyboard.press("Enter");
      await expect(
        section.getByRole("heading", {
          level: 3,
          name: fill(m.wantedTitles.resultsHeading, { query: language === "da" ? "analytiker data" : "analyst data" }),
        }),
      ).toBeVisible();

      await tabTo(page, section.getByRole("button", { name: `${m.form.wantedTitles.add} ${title}`, exact: true }));
      await page.keyboard.press("Enter");
      // What changed is said, and takes focus; the title is in the list, named by the section.
      await expect(section.getByText(fill(m.form.wantedTitles.added, { title }))).toBeFocused();
      const chosen = section.getByRole("list", { name: m.wantedTitles.heading });
      await expect(chosen.getByRole("listitem")).toHaveCount(1);
      await expect(chosen.getByRole("listitem")).toContainText(title);
      await expect(section.getByRole("button", { name: `${m.form.wantedTitles.add} ${title}`, exact: true })).toHaveCount(0);

      await tabTo(page, chosen.getByRole("button", { name: `${m.form.remove} ${title}`, exact: true }));
      await page.keyboard.press("Enter");
      await expect(section.getByText(fill(m.form.wantedTitles.removed, { title }))).toBeFocused();
      await expect(section.getByRole("list", { name: m.wantedTitles.heading })).toHaveCount(0);
      await expect(section).toContainText(m.wantedTitles.none);

      // A search too long for the field is refused plainly: 400, the title marked, the message tied to the field.
      const refused = await page.goto(`${portal.path("/cv")}?stilling=${"a".repeat(150)}`);
      expect(refused?.status()).toBe(400);
      await expect(page).toHaveTitle(new RegExp(`^${fill(portal.m.metadata.errorTitle, { title: "" })}`));
      await expect(page.getByRole("searchbox", { name: m.form.wantedTitles.searchLabel })).toHaveAccessibleDescription(new RegExp(m.errors.searchTooLong));
    });

    test(`R3.3 a citizen adds and removes experience, education and a language, and saves driving licences (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.cv;
      const f = m.form;
      await portal.logInWithMitid({ cpr: cvEntryCitizens[index].cpr });
      await openCv(portal);

      // Experience: a wrong month is refused with the error summary, which links to the field.
      const experience = page.getByRole("region", { name: m.experience.heading });
      await experience.getByRole("textbox", { name: f.experience.title, exact: true }).fill("Kok");
      await experience.getByRole("textbox", { name: f.experience.employer }).fill("Kro & Co");
      await experience.getByRole("textbox", { name: f.experience.from, exact: true }).fill("13.2019");
      await experience.getByRole("button", { name: f.experience.addButton }).click();
      const summary = page.getByRole("alert", { name: f.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await summary.getByRole("link", { name: m.errors.monthInvalid }).click();
      const from = experience.getByRole("textbox", { name: f.experience.from, exact: true });
      if (javaScript) await expect(from).toBeFocused();
      await expect(from).toHaveAccessibleDescription(new RegExp(m.errors.monthInvalid.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await from.fill("03.2019");
      await experience.getByRole("textbox", { name: f.experience.to, exact: true }).fill("10.2025");
      await experience.getByRole("button", { name: f.experience.addButton }).click();
      await expect(experience.getByText(fill(f.experience.added, { title: "Kok" }))).toBeVisible();
      await expect(experience.getByRole("list", { name: m.experience.heading }).getByRole("heading", { level: 3, name: "Kok" })).toBeVisible();
      await expect(experience.getByRole("list", { name: m.experience.heading })).toContainText(
        language === "da" ? "marts 2019 – oktober 2025" : "March 2019 – October 2025",
      );

      // Education and a language.
      const education = page.getByRole("region", { name: m.education.heading });
      await education.getByRole("textbox", { name: f.education.title, exact: true }).fill("Cand.merc.");
      await education.getByRole("textbox", { name: f.education.institution }).fill("CBS");
      await education.getByRole("textbox", { name: f.education.completed }).fill("2018");
      await education.getByRole("button", { name: f.education.addButton }).click();
      await expect(education.getByRole("list", { name: m.education.heading })).toContainText("CBS");

      const languages = page.getByRole("region", { name: m.languages.heading });
      await languages.getByRole("textbox", { name: f.languages.language, exact: true }).fill("Tysk");
      await languages.getByRole("group", { name: f.languages.levelLegend }).getByRole("radio", { name: f.languages.levels.godt }).check();
      await languages.getByRole("button", { name: f.languages.addButton }).click();
      await expect(languages.getByRole("list", { name: m.languages.heading })).toContainText(`Tysk: ${f.languages.levels.godt}`);

      // Driving licences: a checkbox group under its legend.
      const licences = page.getByRole("region", { name: m.drivingLicences.heading }).getByRole("group", { name: f.drivingLicences.legend });
      await licences.getByRole("checkbox", { name: f.drivingLicences.categories.B, exact: true }).check();
      await licences.getByRole("checkbox", { name: f.drivingLicences.categories.C, exact: true }).check();
      await page.getByRole("button", { name: f.drivingLicences.saveButton }).click();
      await expect(page.getByText(f.drivingLicences.saved)).toBeVisible();
      await openCv(portal);
      const saved = page.getByRole("region", { name: m.drivingLicences.heading }).getByRole("group", { name: f.drivingLicences.legend });
      await expect(saved.getByRole("checkbox", { checked: true })).toHaveCount(2);

      // Removing: each button is named by its entry.
      await page.getByRole("button", { name: `${f.remove} Kok, Kro & Co`, exact: true }).click();
      await expect(page.getByText(fill(f.experience.removed, { title: "Kok" }))).toBeFocused();
      await expect(page.getByRole("region", { name: m.experience.heading })).toContainText(m.experience.none);
      await page.getByRole("button", { name: `${f.remove} Tysk`, exact: true }).click();
      await expect(page.getByRole("region", { name: m.languages.heading })).toContainText(m.languages.none);
      await expect(page.getByRole("region", { name: m.education.heading })).toContainText("CBS");
    });

    test(`R3.3 a dagpengemodtager without Ansættelsesbetingelser is refused with the error summary linking to the fields, fills them in and makes the CV searchable (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.cv;
      const f = m.form;
      await portal.logInWithMitid({ cpr: cvDagpengeCitizens[index].cpr });
      await openCv(portal);
      const conditions = page.getByRole("region", { name: m.conditions.heading });
      await expect(conditions).toContainText(m.conditions.required);

      const switchRegion = page.getByRole("region", { name: m.searchable.heading });
      await expect(switchRegion).toContainText(m.searchable.ruleOthers);
      await expect(switchRegion).toContainText(m.status.notSearchable);
      await switchRegion.getByRole("checkbox", { name: f.searchable.label }).check();
      // Without JavaScript the page that says no answers 422, and nothing was saved.
      const answer = javaScript ? null : page.waitForResponse((response) => response.request().method() === "POST");
      await switchRegion.getByRole("button", { name: f.searchable.saveButton, exact: true }).click();
      if (answer) expect((await answer).status()).toBe(422);

      // Refused: the title says so, the summary has focus and links to each field to fill in.
      const summary = switchRegion.getByRole("alert", { name: f.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${fill(portal.m.metadata.errorTitle, { title: "" })}`));
      await expect(summary.getByRole("link")).toHaveText([
        m.errors.searchableNeedsHours,
        m.errors.searchableNeedsEmployment,
        m.errors.searchableNeedsRegions,
        m.errors.searchableNeedsContact,
      ]);
      await expect(switchRegion.getByRole("checkbox", { name: f.searchable.label })).toHaveAccessibleDescription(new RegExp(f.searchable.refused));
      const hours = conditions.getByRole("group", { name: f.conditions.hoursLegend });
      await summary.getByRole("link", { name: m.errors.searchableNeedsHours }).click();
      if (javaScript) await expect(hours.getByRole("radio", { name: f.conditions.hours.fuldtid })).toBeFocused();

      // Ansættelsesbetingelser: two radio groups and a checkbox group, each under its legend.
      await hours.getByRole("radio", { name: f.conditions.hours.fuldtid }).check();
      await conditions.getByRole("group", { name: f.conditions.employmentLegend }).getByRole("radio", { name: f.conditions.employment.begge }).check();
      const regions = conditions.getByRole("group", { name: f.conditions.regionsLegend });
      await regions.getByRole("checkbox", { name: portal.m.jobsearch.regions.hovedstaden }).check();
      await regions.getByRole("checkbox", { name: portal.m.jobsearch.regions.sjaelland }).check();
      await conditions.getByRole("button", { name: f.conditions.saveButton }).click();
      await expect(conditions.getByText(f.conditions.saved, { exact: true })).toBeVisible();
      await expect(conditions).not.toContainText(m.conditions.required);

      // Contact details: a phone number that is no number is refused; a Danish one is kept.
      const contact = page.getByRole("region", { name: m.contact.heading });
      const phone = contact.getByRole("textbox", { name: f.contact.phone });
      await phone.fill("12345678");
      await contact.getByRole("button", { name: f.contact.saveButton }).click();
      await expect(contact.getByRole("alert", { name: f.errorSummaryTitle })).toContainText(m.errors.phoneInvalid);
      await contact.getByRole("textbox", { name: f.contact.phone }).fill("22 33 44 55");
      await contact.getByRole("button", { name: f.contact.saveButton }).click();
      await expect(contact.getByText(f.contact.saved)).toBeVisible();

      await switchRegion.getByRole("checkbox", { name: f.searchable.label }).check();
      await switchRegion.getByRole("button", { name: f.searchable.saveButton, exact: true }).click();
      await expect(switchRegion.getByText(f.searchable.savedOn)).toBeVisible();
      await expect(switchRegion).toContainText(m.status.searchable);
      await openCv(portal);
      await expect(page.getByRole("region", { name: m.searchable.heading }).getByRole("checkbox", { name: f.searchable.label })).toBeChecked();
      await expect(page.getByRole("region", { name: m.contact.heading }).getByRole("textbox", { name: f.contact.phone })).toHaveValue("+45 22 33 44 55");
    });

    test(`R3.3 a fleksjobansat makes the CV searchable without Ansættelsesbetingelser and is told why she cannot edit them (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.cv;
      const f = m.form;
      await portal.logInWithMitid({ cpr: cvFleksCitizens[index].cpr });
      await openCv(portal);

      const conditions = page.getByRole("region", { name: m.conditions.heading });
      await expect(conditions).toContainText(fill(m.conditions.byJobcenter, { group: m.conditions.groups.fleksjobansat }));
      await expect(conditions.getByRole("radio")).toHaveCount(0);
      await expect(conditions.getByRole("checkbox")).toHaveCount(0);
      await expect(conditions.getByRole("button")).toHaveCount(0);
      await expect(conditions.getByRole("definition")).toHaveText([m.conditions.notFilled, m.conditions.notFilled, m.conditions.notFilled]);

      const switchRegion = page.getByRole("region", { name: m.searchable.heading });
      await expect(switchRegion).toContainText(fill(m.searchable.ruleFleks, { group: m.conditions.groups.fleksjobansat }));
      await switchRegion.getByRole("checkbox", { name: f.searchable.label }).check();
      await switchRegion.getByRole("button", { name: f.searchable.saveButton, exact: true }).click();
      await expect(switchRegion.getByText(f.searchable.savedOn)).toBeVisible();
      await expect(switchRegion).toContainText(m.status.searchable);
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

      // And off again.
      await switchRegion.getByRole("checkbox", { name: f.searchable.label }).uncheck();
      await switchRegion.getByRole("button", { name: f.searchable.saveButton, exact: true }).click();
      await expect(switchRegion.getByText(f.searchable.savedOff)).toBeVisible();
      await expect(switchRegion).toContainText(m.status.notSearchable);
    });
  });
});

[true, false].forEach((javaScript, index) => {
  test.describe(`A change of contact group (da, JavaScript ${javaScript ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R3.3 after the jobcenter moved a fleksjobansat to another group, the overview and the CV say it is not searchable and what to do, and filling in Ansættelsesbetingelser makes it searchable again (JavaScript ${javaScript ? "on" : "off"})`, async ({
      page,
    }) => {
      const portal = new Portal(page, "da", javaScript);
      const m = portal.m.cv;
      const f = m.form;
      await portal.logInWithMitid({ cpr: cvPausedCitizens[index].cpr });
      // The front page says what needs doing, and leads there.
      const todo = page.getByRole("region", { name: portal.m.mitJobnet.todoHeading });
      await expect(todo).toContainText(m.overview.paused);
      await todo.getByRole("link", { name: m.overview.link }).click();
      await portal.expectHeading(m.title);
      await expect(page.getByRole("main")).toContainText(m.status.paused);
      await expect(page.getByRole("main")).toContainText(m.status.pausedConditions);
      await page.getByRole("main").getByRole("link", { name: m.status.toConditions }).click();
      const conditions = page.getByRole("region", { name: m.conditions.heading });
      await expect(conditions).toContainText(m.conditions.requiredPaused);
      await conditions.getByRole("group", { name: f.conditions.hoursLegend }).getByRole("radio", { name: f.conditions.hours.deltid }).check();
      await conditions.getByRole("group", { name: f.conditions.employmentLegend }).getByRole("radio", { name: f.conditions.employment.fast }).check();
      await conditions.getByRole("group", { name: f.conditions.regionsLegend }).getByRole("checkbox", { name: portal.m.jobsearch.regions.midtjylland }).check();
      await conditions.getByRole("button", { name: f.conditions.saveButton }).click();
      await expect(conditions.getByText(f.conditions.savedSearchable)).toBeVisible();
      await expect(page.getByRole("region", { name: m.searchable.heading })).toContainText(m.status.searchable);
      await expect(page.getByRole("main")).not.toContainText(m.status.paused);
      await portal.openFrontPage();
      await expect(page.getByRole("region", { name: portal.m.mitJobnet.todoHeading })).not.toContainText(m.overview.paused);
    });
  });
});
