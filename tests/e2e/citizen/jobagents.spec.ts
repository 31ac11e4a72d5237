import type { Page } from "@playwright/test";
import { formatDanishDate } from "@/lib/content/danish-time";
import { jobAgentCitizens, staleDistanceCitizen } from "@/tests/support/e2e-fixtures";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

/** `Analytiker, data og analyse` and `Statistiker`: one group, two exact titles. */
const ANALYTIKER = { code: "0404001", da: "Analytiker, data og analyse", en: "Analyst, data and analytics" } as const;
const STATISTIKER = { code: "0404002", da: "Statistiker", en: "Statistician" } as const;

/** A message with `{name}` placeholders filled in. */
function fill(message: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, value), message);
}

/** Publishes an ad in the test server (app/api/e2e/job-ads), in Aarhus C unless `place` says otherwise, and returns its id. */
async function publishAd(
  page: Page,
  ad: { occupationCode: string; title: string },
  place: { postcode: string; city: string; region: string } = { postcode: "8000", city: "Aarhus C", region: "midtjylland" },
): Promise<number> {
  const response = await page.request.post("/api/e2e/job-ads", {
    data: { ...ad, employer: "Testfirma A/S", ...place },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { id: number }).id;
}

/** Runs a scheduled job now in the test server (app/api/e2e/jobs). */
async function runJob(page: Page, name: string) {
  const response = await page.request.post(`/api/e2e/jobs/${name}`, { data: {} });
  expect(response.status()).toBe(200);
}

/** Makes the fixture citizen's agents look unused for 70 days (app/api/e2e/jobagents), runs housekeeping, and returns the first agent's keep-alive token. */
async function warnAgents(page: Page, cpr: string): Promise<string> {
  const response = await page.request.post("/api/e2e/jobagents", { data: { cpr } });
  expect(response.status()).toBe(200);
  const { agents } = (await response.json()) as { agents: { id: string; keepToken: string }[] };
  await runJob(page, "jobagent-housekeeping");
  return agents[0].keepToken;
}

test.describe.configure({ mode: "parallel" });

test.describe("Job agents (da, JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });

  test("R3.4 X3 a citizen creates a job agent without JavaScript: the error summary, then its matches on the exact title with NY and why, and a new ad found by the job, never a Statistiker ad (da, JavaScript off)", async ({
    page,
  }) => {
    const citizen = jobAgentCitizens[0];
    const portal = new Portal(page, "da", false);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name: portal.m.mitJobnet.menu.jobagents }).click();
    await portal.expectHeading(m.title);
    await expect(page.getByText(m.empty)).toBeVisible();

    await page.getByRole("link", { name: m.create }).click();
    await portal.expectHeading(m.newTitle);
    // Sent with nothing chosen: refused with a 400, the summary first, each message at its field.
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: m.form.create }).click(),
    ]);
    expect(refused.status()).toBe(400);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link", { name: m.errors.titlesMissing })).toBeVisible();
    await expect(summary.getByRole("link", { name: m.errors.frequencyMissing })).toBeVisible();
    const titleField = page.getByRole("combobox", { name: m.form.titles });
    await expect(titleField).toHaveAccessibleDescription(new RegExp(m.errors.titlesMissing));

    // Without JavaScript the title is typed exactly as it is named.
    await titleField.fill(ANALYTIKER.da);
    await page.getByRole("group", { name: m.form.frequency }).getByRole("radio", { name: m.frequency.daily }).check();
    await page.getByRole("group", { name: m.form.notify }).getByRole("radio", { name: m.form.notifyNo }).check();
    await page.getByRole("button", { name: m.form.create }).click();

    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.da }));
    await expect(page.getByRole("status")).toContainText(m.notices.created);
    const found = page.getByRole("region", { name: m.matchesHeading }).getByRole("article");
    // The demo ads on the title, each saying why; no ad of another title in the group.
    expect(await found.count()).toBeGreaterThanOrEqual(2);
    for (const article of await found.all()) await expect(article).toContainText(fill(m.reasons.title, { title: ANALYTIKER.da }));

    // A new Analytiker ad and a new Statistiker ad; the job finds the one and never the other.
    const title = `Dataanalytiker til jobagent-test ${Date.now()}`;
    await publishAd(page, { occupationCode: ANALYTIKER.code, title });
    const otherTitle = `Statistiker til jobagent-test ${Date.now()}`;
    await publishAd(page, { occupationCode: STATISTIKER.code, title: otherTitle });
    await runJob(page, "jobagent-match");
    await page.reload();
    const newAd = page.getByRole("article", { name: new RegExp(title) });
    await expect(newAd).toBeVisible();
    // Published today: NY, heard as "ny annonce"; it heads the list, newest first.
    await expect(newAd.getByRole("heading")).toHaveAccessibleName(`${title} ${portal.m.jobsearch.newBadgeSpoken}`);
    await expect(newAd).toContainText(portal.m.jobsearch.newBadge);
    await expect(found.first()).toContainText(title);
    await expect(page.getByText(otherTitle)).toHaveCount(0);
    await expect(newAd.getByRole("link", { name: title })).toHaveAttribute("href", /\/job\/\d+$/);

    // The list counts the agent's open jobs.
    await page.getByRole("link", { name: m.form.back }).click();
    await portal.expectHeading(m.title);
    await expect(page.getByRole("article", { name: ANALYTIKER.da })).toContainText(fill(m.summary.wholeCountry, {}));
  });

  test("R3.4 a warned agent is shown as warned with the day it would be deleted, on the overview, the list and its page; the keep-alive link only asks, and its button keeps the agent; a changed agent id is named in the summary (da, JavaScript off)", async ({
    page,
  }) => {
    const citizen = jobAgentCitizens[3];
    const portal = new Portal(page, "da", false);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(portal.path("/jobagenter/ny"));
    await page.getByRole("combobox", { name: m.form.titles }).fill(ANALYTIKER.da);
    await page.getByRole("group", { name: m.form.frequency }).getByRole("radio", { name: m.frequency.daily }).check();
    await page.getByRole("group", { name: m.form.notify }).getByRole("radio", { name: m.form.notifyNo }).check();
    await page.getByRole("button", { name: m.form.create }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.da }));
    const agentUrl = new URL(page.url()).pathname;

    // A changed agent id on the edit form: a 4xx, and the summary says the agent was not found.
    await page.getByRole("link", { name: m.edit }).click();
    await portal.expectHeading(m.editTitle);
    const editForm = page.locator("form", { has: page.getByRole("button", { name: m.form.save }) });
    await editForm.locator('input[name="agentId"]').evaluate((input: HTMLInputElement) => (input.value = "ikke-et-id"));
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: m.form.save }).click(),
    ]);
    expect(refused.status()).toBe(400);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary).toContainText(m.errors.notFound);

    // Warned: the citizen has no e-mail or SMS, so the portal says it, with the day from which it would be deleted.
    const deletion = () => formatDanishDate(new Date(Date.now() + 14 * 24 * 60 * 60 * 1000), "da");
    const warned = (date: string) => fill(m.notices.warned, { date });
    const token = await warnAgents(page, citizen.cpr);
    // Opening the keep-alive link only asks (a mail scanner changes nothing) …
    await page.goto(portal.path(`/jobagenter/hold-aktiv?token=${encodeURIComponent(token)}`));
    await portal.expectHeading(m.keep.button);
    await expect(page.getByRole("button", { name: m.keep.button })).toBeVisible();
    // … so the overview still shows the warning.
    await portal.openFrontPage();
    await expect(page.getByRole("region", { name: portal.m.mitJobnet.todoHeading })).toContainText(deletion());

    await warnAgents(page, citizen.cpr);
    await page.goto(portal.path("/jobagenter"));
    await expect(page.getByRole("article", { name: ANALYTIKER.da })).toContainText(warned(deletion()));
    // Looking at the list was use: the warning is gone.
    await page.reload();
    await expect(page.getByText(warned(deletion()))).toHaveCount(0);

    await warnAgents(page, citizen.cpr);
    await page.goto(agentUrl);
    await expect(page.getByText(warned(deletion()))).toBeVisible();

    // The link's button keeps the agent, with a receipt.
    await warnAgents(page, citizen.cpr);
    await page.goto(portal.path(`/jobagenter/hold-aktiv?token=${encodeURIComponent(token)}`));
    await page.getByRole("button", { name: m.keep.button }).click();
    await expect(page.getByRole("status")).toContainText(m.keep.title);
    await page.goto(portal.path("/jobagenter"));
    await expect(page.getByRole("article", { name: ANALYTIKER.da })).toBeVisible();
    await expect(page.getByText(warned(deletion()))).toHaveCount(0);
  });
});

test.describe("Job agents (en, JavaScript on)", () => {
  test("R3.4 X2 Create a job agent from this search on Find job asks for a title first, then saves the search's title and region; the agent can be changed and deleted, and another citizen's agent is a 404 (en)", async ({
    page,
  }) => {
    const citizen = jobAgentCitizens[1];
    const portal = new Portal(page, "en", true);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);

    // A search without a title cannot become an agent, and the page says why.
    await page.goto(portal.path("/job?v=1&q=data"));
    await expect(page.getByText(m.fromSearch.needsTitle)).toBeVisible();
    await expect(page.getByRole("link", { name: m.fromSearch.button })).toHaveCount(0);

    await page.goto(portal.path(`/job?v=1&stilling=${ANALYTIKER.code}&region=hovedstaden`));
    await page.getByRole("link", { name: m.fromSearch.button }).click();
    await portal.expectHeading(m.newTitle);
    await expect(page.getByRole("list", { name: m.form.titlesChosen })).toContainText(ANALYTIKER.en);
    await expect(page.getByRole("combobox", { name: m.form.region })).toHaveValue("hovedstaden");
    await page.getByRole("radio", { name: m.frequency.weekly }).check();
    await page.getByRole("radio", { name: m.form.notifyYes }).check();
    await page.getByRole("button", { name: m.form.create }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.en }));
    const agentUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("definition").filter({ hasText: portal.m.jobsearch.regions.hovedstaden })).toBeVisible();
    for (const article of await page.getByRole("region", { name: m.matchesHeading }).getByRole("article").all()) {
      await expect(article).toContainText(fill(m.reasons.region, { region: portal.m.jobsearch.regions.hovedstaden }));
    }

    // Change it: a second exact title, with the picker.
    await page.getByRole("link", { name: m.edit }).click();
    await portal.expectHeading(m.editTitle);
    const titleField = page.getByRole("combobox", { name: m.form.titles });
    await titleField.fill("statistic");
    await page.getByRole("option", { name: STATISTIKER.en }).click();
    await page.getByRole("button", { name: m.form.save }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: `${ANALYTIKER.en}; ${STATISTIKER.en}` }));
    await expect(page.getByRole("status")).toContainText(m.notices.saved);

    // Another citizen does not reach it.
    await portal.logOut({ mitid: true });
    await portal.logInWithMitid({ cpr: jobAgentCitizens[2].cpr });
    await portal.expectWelcome(jobAgentCitizens[2].name);
    const response = await page.goto(agentUrl);
    expect(response?.status()).toBe(404);
    await portal.expectHeading(m.notFoundTitle);
    await portal.logOut({ mitid: true });

    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(`${agentUrl}/ret`);
    await page.getByRole("button", { name: m.delete.button }).click();
    await portal.expectHeading(m.title);
    await expect(page.getByRole("status")).toContainText(m.notices.deleted);
    await expect(page.getByText(m.empty)).toBeVisible();

    // A keep-alive link that was changed does not work, and says so plainly.
    const keep = await page.goto(portal.path("/jobagenter/hold-aktiv?token=changed.token"));
    expect(keep?.status()).toBe(400);
    await portal.expectHeading(m.keep.invalidTitle);
  });
});

test.describe("Anna's job agent (da)", () => {
  test.use({ storageState: authState("citizen") });

  test("R3.4 R1.7 Anna's demo agent on Analytiker, data og analyse is on the overview and lists its matches with why, never a Statistiker ad (da)", async ({
    page,
  }) => {
    const portal = new Portal(page, "da");
    const m = portal.m.jobagents;
    await portal.openFrontPage();
    const todo = page.getByRole("region", { name: portal.m.mitJobnet.todoHeading });
    await todo.getByRole("link", { name: m.overview.link }).click();
    await portal.expectHeading(m.title);
    await page.getByRole("link", { name: fill(m.open, { titles: ANALYTIKER.da }) }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.da }));
    const found = page.getByRole("region", { name: m.matchesHeading }).getByRole("article");
    expect(await found.count()).toBeGreaterThanOrEqual(2);
    for (const article of await found.all()) {
      await expect(article).toContainText(fill(m.reasons.title, { title: ANALYTIKER.da }));
      await expect(article).not.toContainText(STATISTIKER.da);
    }
  });
});

/** 8300 Odder, 21 km from 8200 Aarhus N as the crow flies between the towns. */
const ODDER = { postcode: "8300", city: "Odder", region: "midtjylland" } as const;
/** A postcode of a town too small for the reference data: no distance can be measured from it. */
const UNPLACED_POSTCODE = "4160";

test.describe("Job agents by postcode and distance (JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });

  test("R3.4 X3 X1 a citizen makes an agent on 8200 Aarhus N + 25 km without JavaScript: a distance without a postcode is refused in the summary, then a new ad in Odder is found and says it is 21 km away (da)", async ({
    page,
  }) => {
    const citizen = jobAgentCitizens[4];
    const portal = new Portal(page, "da", false);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(portal.path("/jobagenter/ny"));
    await portal.expectHeading(m.newTitle);

    await page.getByRole("combobox", { name: m.form.titles }).fill(ANALYTIKER.da);
    const distance = page.getByRole("combobox", { name: m.form.distance });
    await expect(distance).toHaveAccessibleDescription(m.form.distanceHint);
    await distance.selectOption({ label: fill(m.form.distanceOption, { km: "25" }) });
    await page.getByRole("group", { name: m.form.frequency }).getByRole("radio", { name: m.frequency.daily }).check();
    await page.getByRole("group", { name: m.form.notify }).getByRole("radio", { name: m.form.notifyNo }).check();
    // A distance without a postcode: refused with a 400, named in the summary and at the field, the choice kept.
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: m.form.create }).click(),
    ]);
    expect(refused.status()).toBe(400);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link", { name: m.errors.distanceNeedsPostcode })).toHaveAttribute("href", "#afstand");
    await expect(distance).toHaveAccessibleDescription(new RegExp(m.errors.distanceNeedsPostcode));
    await expect(distance).toHaveValue("25");

    await page.getByRole("textbox", { name: m.form.postcode }).fill("8200");
    await page.getByRole("button", { name: m.form.create }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.da }));
    await expect(
      page.getByRole("definition").filter({ hasText: fill(m.summary.postcodeDistance, { postcode: "8200", city: "Aarhus N", km: "25" }) }),
    ).toBeVisible();

    const title = `Dataanalytiker i Odder ${Date.now()}`;
    await publishAd(page, { occupationCode: ANALYTIKER.code, title }, ODDER);
    await runJob(page, "jobagent-match");
    await page.reload();
    const odderAd = page.getByRole("region", { name: m.matchesHeading }).getByRole("article", { name: new RegExp(title) });
    await expect(odderAd).toContainText("Jobbet er i 8300 Odder, 21 km fra 8200 Aarhus N");
    await expect(odderAd).toContainText(fill(m.reasons.distance, { adPostcode: "8300", adCity: "Odder", km: "21", postcode: "8200", city: "Aarhus N" }));

    // The list shows the place with its distance.
    await page.getByRole("link", { name: m.form.back }).click();
    await expect(page.getByRole("article", { name: ANALYTIKER.da })).toContainText("8200 Aarhus N + 25 km");
  });

  test("R3.4 X3 X2 from a Find job search with a postcode, the postcode carries over and the distance starts empty; a postcode without a point is refused for a distance; 25 km finds Odder and 10 km does not (en)", async ({
    page,
  }) => {
    const citizen = jobAgentCitizens[5];
    const portal = new Portal(page, "en", false);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    const title = `Data analyst in Odder ${Date.now()}`;
    await publishAd(page, { occupationCode: ANALYTIKER.code, title }, ODDER);

    await page.goto(portal.path(`/job?v=1&stilling=${ANALYTIKER.code}&postnr=8200`));
    await page.getByRole("link", { name: m.fromSearch.button }).click();
    await portal.expectHeading(m.newTitle);
    await expect(page.getByRole("textbox", { name: m.form.postcode })).toHaveValue("8200");
    const distance = page.getByRole("combobox", { name: m.form.distance });
    await expect(distance).toHaveValue("");

    await page.getByRole("textbox", { name: m.form.postcode }).fill(UNPLACED_POSTCODE);
    await distance.selectOption({ label: fill(m.form.distanceOption, { km: "25" }) });
    await page.getByRole("radio", { name: m.frequency.weekly }).check();
    await page.getByRole("radio", { name: m.form.notifyNo }).check();
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: m.form.create }).click(),
    ]);
    expect(refused.status()).toBe(400);
    const summary = await portal.expectFailedSubmit(m.errorSummaryTitle);
    await expect(summary.getByRole("link", { name: m.errors.distanceNoPoint })).toBeVisible();

    await page.getByRole("textbox", { name: m.form.postcode }).fill("8200");
    await page.getByRole("button", { name: m.form.create }).click();
    await portal.expectHeading(fill(m.agentTitle, { titles: ANALYTIKER.en }));
    await expect(page.getByRole("definition").filter({ hasText: "8200 Aarhus N + 25 km" })).toBeVisible();
    const odderAd = page.getByRole("region", { name: m.matchesHeading }).getByRole("article", { name: new RegExp(title) });
    await expect(odderAd).toContainText("The job is in 8300 Odder, 21 km from 8200 Aarhus N");

    // The edit form keeps the distance; 10 km no longer reaches Odder.
    await page.getByRole("link", { name: m.edit }).click();
    await portal.expectHeading(m.editTitle);
    await expect(page.getByRole("combobox", { name: m.form.distance })).toHaveValue("25");
    await page.getByRole("combobox", { name: m.form.distance }).selectOption({ label: fill(m.form.distanceOption, { km: "10" }) });
    await page.getByRole("button", { name: m.form.save }).click();
    await expect(page.getByRole("status")).toContainText(m.notices.saved);
    await expect(page.getByRole("definition").filter({ hasText: "8200 Aarhus N + 10 km" })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test("R3.4 X3 an agent whose postcode lost its point in new reference data: its edit form starts without the distance and says why, and saving is not refused; the refresh job clears it too (da, JavaScript off)", async ({
    page,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.jobagents;
    await portal.logInWithMitid({ cpr: staleDistanceCitizen.cpr });
    await portal.expectWelcome(staleDistanceCitizen.name);
    await page.goto(portal.path("/jobagenter"));
    await page.getByRole("article", { name: ANALYTIKER.da }).getByRole("link").first().click();
    await page.getByRole("link", { name: m.edit }).click();
    await portal.expectHeading(m.editTitle);
    const distance = page.getByRole("combobox", { name: m.form.distance });
    await expect(distance).toHaveValue("");
    await expect(distance).toHaveAccessibleDescription(fill(m.form.distanceNoLongerMeasured, { postcode: "4160", city: "Herlufmagle", km: "25" }));
    await page.getByRole("button", { name: m.form.save }).click();
    await expect(page.getByRole("status")).toContainText(m.notices.saved);
    await expect(page.getByRole("definition").filter({ hasText: "4160 Herlufmagle" })).toBeVisible();
    await expect(page.getByText("4160 Herlufmagle + 25 km")).toHaveCount(0);
    await runJob(page, "jobagent-distance-refresh");
  });
});
