import type { Page } from "@playwright/test";
import { danishToday, weekOf } from "@/lib/joblog/days";
import { authState } from "@/tests/support/auth-states";
import { joblogCitizens } from "@/tests/support/e2e-fixtures";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

/** SPEC's special-character ad (lib/demo/job-ads.ts, whose data files the browser tests cannot import). */
const specialCharacterAd = {
  title: 'Pædagog – "Børnehuset Ærø & Søn" (R&D) · 37 t/uge',
  employer: "Børnehuset Ærø & Søn ApS",
  street: "Østre Allé 5, 2. th.",
  postcode: "8000",
  city: "Aarhus C",
} as const;

/** A message with its values filled in and its markup tags (`<entry>…</entry>`) taken out, as the page shows it. */
function say(message: string, values: Record<string, string | number> = {}): string {
  return Object.entries(values)
    .reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), message)
    .replace(/<\/?[a-z]+>/g, "");
}

/** The joblog's form, by label (the message files' words). */
function entryForm(portal: Portal) {
  const { page } = portal;
  const f = portal.m.joblog.form;
  return {
    title: page.getByLabel(f.title, { exact: true }),
    employer: page.getByLabel(f.employer, { exact: true }),
    street: page.getByLabel(f.street, { exact: true }),
    postcode: page.getByLabel(f.postcode, { exact: true }),
    city: page.getByLabel(f.city, { exact: true }),
    appliedOn: page.getByLabel(f.appliedOn, { exact: true }),
    note: page.getByLabel(f.note, { exact: true }),
    status: (value: keyof typeof portal.m.joblog.statuses) =>
      page.getByRole("group", { name: f.status }).getByRole("radio", { name: portal.m.joblog.statuses[value], exact: true }),
    kind: (value: keyof typeof portal.m.joblog.kinds) =>
      page.getByRole("group", { name: f.kind }).getByRole("radio", { name: portal.m.joblog.kinds[value], exact: true }),
  };
}

/** A press that leaves the page (a form's post and its redirect, or a navigation), waited for. */
async function pressAndLeave(page: Page, press: () => Promise<void>) {
  const from = page.url();
  await press();
  await page.waitForURL((url) => url.href !== from);
}

const TYPED = '<b>Tømrer</b> & "Søn"';
const SAVED = 'bTømrer/b & "Søn"';
const EMPLOYER = "Byg & Søn ApS «Ærø»";

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`The joblog (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R3.2 a citizen adds an entry (< and > removed, everything else kept), changes it, deletes it and undoes that, week by week with a count (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.joblog;
      const citizen = joblogCitizens[index];
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);

      // The overview counts this week's entries and leads to the joblog, as does the menu.
      const week = weekOf(danishToday()).week;
      const card = page.getByRole("region", { name: m.title, exact: true });
      await expect(card).toContainText(say(m.overview.thisWeek.replace(/^\{count, plural, =0 \{(.*?)\} one.*$/, "$1"), { week }));
      await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.joblog }).click();
      await portal.expectHeading(m.title);
      await expect(page.getByRole("main")).toContainText(m.empty);

      // Adding: the page says what happens to < and >; a form without the required answers gets the error summary.
      await page.getByRole("link", { name: m.add }).click();
      await portal.expectHeading(m.newTitle);
      await expect(page.getByRole("main")).toContainText(m.form.characters);
      const form = entryForm(portal);
      await expect(form.appliedOn).toHaveValue(danishToday());
      await form.postcode.fill("0000");
      const refused = javaScript ? null : page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: m.form.create }).click();
      if (refused) expect((await refused).status()).toBe(400);
      const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
      for (const problem of [m.errors.titleMissing, m.errors.employerMissing, m.errors.postcodeUnknown, m.errors.statusMissing, m.errors.kindMissing]) {
        await expect(summary.getByRole("link", { name: problem })).toBeVisible();
      }
      await summary.getByRole("link", { name: m.errors.titleMissing }).click();
      if (javaScript) await expect(form.title).toBeFocused();
      await expect(form.title).toHaveAccessibleDescription(new RegExp(m.errors.titleMissing));

      await form.title.fill(TYPED);
      await form.employer.fill(EMPLOYER);
      await form.street.fill("Østre Allé 5, 2. th.");
      await form.postcode.fill("8000");
      await form.city.fill("Aarhus C");
      await form.status("sendt").check();
      await form.kind("uopfordret").check();
      await form.note.fill("Ring igen <tirsdag> kl. 10 – spørg efter Åse");
      await pressAndLeave(page, () => page.getByRole("button", { name: m.form.create }).click());

      // The joblog: the notice, this week with its count, and the entry less < and >.
      await portal.expectHeading(m.title);
      await expect(page.getByRole("status").filter({ hasText: say(m.notices.created, { title: SAVED }) })).toBeVisible();
      const thisWeek = page.getByRole("region", { name: new RegExp(`^${say(m.weekHeading, { week, dates: "" })}`) });
      await expect(thisWeek).toContainText(say(m.weekCount.replace(/^\{count, plural, one \{(.*?)\}.*$/, "$1"), {}).replace("#", "1"));
      const entry = thisWeek.getByRole("listitem").filter({ hasText: SAVED });
      await expect(entry.getByRole("heading", { name: SAVED, exact: true })).toBeVisible();
      await expect(entry).toContainText(EMPLOYER);
      await expect(entry).toContainText("Østre Allé 5, 2. th., 8000 Aarhus C");
      await expect(entry).toContainText(m.statuses.sendt);
      await expect(entry).toContainText(m.kinds.uopfordret);
      await expect(entry).toContainText("Ring igen tirsdag kl. 10 – spørg efter Åse");
      await expect(page.getByRole("main")).not.toContainText("<b>");

      // Changing it: the form holds what was saved.
      await entry.getByRole("link", { name: `${m.entry.change} ${say(m.entry.changeWhich, { title: SAVED, employer: EMPLOYER })}` }).click();
      await portal.expectHeading(m.editTitle);
      await expect(page.getByRole("main")).toContainText(m.form.characters);
      await expect(form.title).toHaveValue(SAVED);
      await expect(form.employer).toHaveValue(EMPLOYER);
      await expect(form.status("sendt")).toBeChecked();
      await form.status("samtale").check();
      await form.title.fill(`${SAVED} <igen>`);
      await pressAndLeave(page, () => page.getByRole("button", { name: m.form.save }).click());
      await expect(page.getByRole("status").filter({ hasText: say(m.notices.edited, { title: `${SAVED} igen` }) })).toBeVisible();
      const changed = page
        .getByRole("main")
        .getByRole("listitem")
        .filter({ hasText: `${SAVED} igen` });
      await expect(changed).toContainText(m.statuses.samtale);

      // Deleting it: back on the joblog, a notice says what was deleted, and Fortryd brings it back.
      await changed.getByRole("link", { name: new RegExp(`^${m.entry.change} `) }).click();
      await expect(page.getByRole("region", { name: m.history.heading })).toContainText(m.history.edited);
      await pressAndLeave(page, () => page.getByRole("button", { name: m.delete.button }).click());
      await portal.expectHeading(m.title);
      const deleted = page.getByRole("status").filter({ hasText: say(m.notices.deleted, { title: `${SAVED} igen`, employer: EMPLOYER }) });
      await expect(deleted).toBeVisible();
      await expect(page.getByRole("main")).toContainText(m.empty);
      await pressAndLeave(page, () => deleted.getByRole("button", { name: m.notices.undo }).click());
      await expect(page.getByRole("status").filter({ hasText: say(m.notices.restored, { title: `${SAVED} igen` }) })).toBeVisible();
      await expect(
        page
          .getByRole("main")
          .getByRole("listitem")
          .filter({ hasText: `${SAVED} igen` }),
      ).toContainText(m.statuses.samtale);
    });
  });
});

test.describe("Gem i joblog on a job ad", () => {
  test.use({ javaScriptEnabled: false });

  test("R3.2 X3 from the special-character ad, Gem i joblog saves the ad's title, street and city with every character intact, without JavaScript", async ({
    page,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.joblog;
    const citizen = joblogCitizens[3];

    // Not logged in: a link to log in, no button.
    await page.goto("/job");
    await page.getByLabel(portal.m.jobsearch.wordsLabel, { exact: true }).fill("Børnehuset");
    await page.getByRole("button", { name: portal.m.jobsearch.searchButton, exact: true }).click();
    await page.getByRole("link", { name: specialCharacterAd.title, exact: true }).click();
    const adPage = page.url();
    await expect(page.getByRole("link", { name: m.fromAd.logIn })).toBeVisible();
    await expect(page.getByRole("button", { name: m.fromAd.save })).toHaveCount(0);

    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(adPage);
    await pressAndLeave(page, () => page.getByRole("button", { name: m.fromAd.save }).click());

    // The entry's own page, with a notice; the fields hold the ad's texts exactly.
    await portal.expectHeading(m.editTitle);
    await expect(page.getByRole("status")).toHaveText(m.notices.fromAd);
    const form = entryForm(portal);
    await expect(form.title).toHaveValue(specialCharacterAd.title);
    await expect(form.employer).toHaveValue(specialCharacterAd.employer);
    await expect(form.street).toHaveValue(specialCharacterAd.street);
    await expect(form.postcode).toHaveValue(specialCharacterAd.postcode);
    await expect(form.city).toHaveValue(specialCharacterAd.city);
    await expect(form.appliedOn).toHaveValue(danishToday());
    await expect(form.status("planlagt")).toBeChecked();
    await expect(form.kind("ansoegning")).toBeChecked();

    // In the joblog, the same.
    await page.goto("/joblog");
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: specialCharacterAd.title });
    await expect(entry.getByRole("heading", { name: specialCharacterAd.title, exact: true })).toBeVisible();
    await expect(entry).toContainText(`${specialCharacterAd.street}, ${specialCharacterAd.postcode} ${specialCharacterAd.city}`);
    await expect(entry).toContainText(specialCharacterAd.employer);

    // Back on the ad, it says the job is saved and leads to the entry; it is not saved twice.
    await page.goto(adPage);
    await expect(page.getByRole("main")).toContainText(m.fromAd.saved);
    await expect(page.getByRole("button", { name: m.fromAd.save })).toHaveCount(0);
    await page.getByRole("link", { name: m.fromAd.open }).click();
    await portal.expectHeading(m.editTitle);
    await page.goto("/joblog");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  });

  test("R3.2 English: the ad page's button is Save to job log", async ({ page }) => {
    const portal = new Portal(page, "en", false);
    await portal.logInWithMitid({ cpr: joblogCitizens[4].cpr });
    await page.goto("/en/job");
    await page.getByLabel(portal.m.jobsearch.wordsLabel, { exact: true }).fill("Børnehuset");
    await page.getByRole("button", { name: portal.m.jobsearch.searchButton, exact: true }).click();
    await page.getByRole("link", { name: specialCharacterAd.title, exact: true }).click();
    await expect(page.getByRole("button", { name: "Save to job log" })).toBeVisible();
    await pressAndLeave(page, () => page.getByRole("button", { name: "Save to job log" }).click());
    await portal.expectHeading(portal.m.joblog.editTitle);
    await expect(page.getByLabel(portal.m.joblog.form.title, { exact: true })).toHaveValue(specialCharacterAd.title);
  });
});

test("R3.2 X5 another citizen's entry is not found (404), and cannot be changed", async ({ page, browser, baseURL }) => {
  const owner = new Portal(page, "da");
  await owner.logInWithMitid({ cpr: joblogCitizens[5].cpr });
  await page.goto("/joblog/ny");
  const form = entryForm(owner);
  await form.title.fill("Kun min");
  await form.employer.fill("Min arbejdsgiver");
  await form.status("planlagt").check();
  await form.kind("andet").check();
  await pressAndLeave(page, () => page.getByRole("button", { name: owner.m.joblog.form.create }).click());
  await page.getByRole("link", { name: new RegExp(`^${owner.m.joblog.entry.change} `) }).click();
  const entryAddress = new URL(page.url()).pathname;

  // Anna, logged in in a browser of her own, finds nothing there.
  const other = await browser.newContext({ baseURL, storageState: authState("citizen") });
  const annasPage = await other.newPage();
  const response = await annasPage.goto(entryAddress);
  expect(response?.status()).toBe(404);
  await expect(annasPage.getByRole("heading", { level: 1, name: owner.m.joblog.notFoundTitle })).toBeVisible();
  await expect(annasPage.getByRole("main")).not.toContainText("Kun min");
  await other.close();

  await page.reload();
  await expect(form.title).toHaveValue("Kun min");
});

for (const language of ["da", "en"] as const) {
  test.describe(`The caseworker (${language})`, () => {
    test.use({ storageState: authState("caseworker") });

    test(`R3.2 X5 Jens Jobcenter sees Anna Andersen's joblog, week by week and read-only, and the read is in her history (${language})`, async ({ page }) => {
      const staff = new StaffPortal(page, language);
      const portal = new Portal(page, language);
      await staff.findForJobcenter("0101901111");
      const section = page.getByRole("region", { name: staff.m.joblog.heading, exact: true });
      await expect(section.getByRole("listitem")).toHaveCount(2);
      await expect(section).toContainText("Analytiker, data og analyse");
      await expect(section.getByRole("heading", { name: specialCharacterAd.title, exact: true })).toBeVisible();
      await expect(section).toContainText(`${specialCharacterAd.street}, ${specialCharacterAd.postcode} ${specialCharacterAd.city}`);
      await expect(section).toContainText(portal.m.joblog.statuses.samtale);
      await expect(section.getByRole("link")).toHaveCount(0);
      await expect(section.getByRole("button")).toHaveCount(0);
      await expect(page.getByRole("region", { name: staff.m.citizen.history }).first()).toContainText(staff.m.auditActions.joblog.read);
    });
  });
}
