import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { notificationCitizens, unsubscribeCitizens } from "@/tests/support/e2e-fixtures";
import { catcherUrl, expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

// `Få besked på SMS og/eller e-mail` (R1.7): addresses verified with a code read from the mail
// and SMS catcher, topics chosen per channel, and the links in a notice working without login.

const TITLE_DA = "Få besked på SMS og/eller e-mail";

interface Caught {
  channel: "email" | "sms";
  to: string;
  subject: string | null;
  text: string;
}

/** The messages the catcher holds for `to`, waiting up to a few seconds for at least `count`; the sender runs in between. */
async function messagesTo(request: APIRequestContext, to: string, count = 1): Promise<Caught[]> {
  let found: Caught[] = [];
  await expect(async () => {
    const { messages } = (await (await request.get(`${catcherUrl}/api/messages`)).json()) as { messages: Caught[] };
    found = messages.filter((message) => message.to === to);
    if (found.length < count) await request.post("/api/e2e/jobs/outbox-send");
    expect(found.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 15_000 });
  return found;
}

/** The 6-digit code in the newest message to `to`. */
async function codeSentTo(request: APIRequestContext, to: string, count = 1): Promise<string> {
  const messages = await messagesTo(request, to, count);
  return /\b(\d{6})\b/.exec(messages[messages.length - 1].text)![1];
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

const fill = (message: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, value), message);

test.describe.configure({ mode: "parallel" });

test.describe("Få besked på SMS og/eller e-mail without JavaScript (da)", () => {
  test.use({ javaScriptEnabled: false });

  test(`R1.7 ${TITLE_DA}: without JavaScript a citizen adds an e-mail address, confirms the code from the e-mail and chooses job agents by e-mail (da, JavaScript off)`, async ({
    page,
    request,
  }) => {
    const portal = new Portal(page, "da", false);
    const m = portal.m.notifications;
    const citizen = notificationCitizens[0];
    const address = "besked.1@example.dk";
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(portal.path("/profil"));
    await page.getByRole("link", { name: TITLE_DA, exact: true }).click();
    await portal.expectHeading(TITLE_DA);
    await expect(page).toHaveTitle(new RegExp(`^${TITLE_DA}`));

    const email = page.getByRole("region", { name: m.emailHeading });
    const choices = page.getByRole("region", { name: m.choicesHeading });
    const jobagent = choices.getByRole("group", { name: m.form.jobagentLegend });

    // E-mail and SMS cannot be chosen before the address is confirmed: 422, each said at the
    // fieldset whose choice was refused, nothing saved, and the boxes as the citizen ticked them.
    await jobagent.getByRole("checkbox", { name: m.form.channelEmail }).check();
    await choices.getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelSms }).check();
    let answer = page.waitForResponse((response) => response.request().method() === "POST");
    await choices.getByRole("button", { name: m.form.saveChoices }).click();
    expect((await answer).status()).toBe(422);
    let summary = page.getByRole("alert", { name: m.form.errorSummaryTitle });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: m.errors.emailNotVerified })).toHaveAttribute("href", "#valg-jobagent");
    await expect(summary.getByRole("link", { name: m.errors.phoneNotVerified })).toHaveAttribute("href", "#valg-besked");
    const refused = page.getByRole("region", { name: m.choicesHeading });
    await expect(refused.getByRole("group", { name: m.form.jobagentLegend })).toHaveAccessibleDescription(new RegExp(m.errors.emailNotVerified));
    await expect(refused.getByRole("group", { name: m.form.beskedLegend })).toHaveAccessibleDescription(new RegExp(m.errors.phoneNotVerified));
    await expect(refused.getByRole("group", { name: m.form.jobagentLegend }).getByRole("checkbox", { name: m.form.channelEmail })).toBeChecked();
    await expect(refused.getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelSms })).toBeChecked();

    // A malformed address: 400, the message tied to the field.
    await email.getByRole("textbox", { name: m.form.emailLabel }).fill("besked.1@");
    answer = page.waitForResponse((response) => response.request().method() === "POST");
    await email.getByRole("button", { name: m.form.sendCode }).click();
    expect((await answer).status()).toBe(400);
    summary = page.getByRole("alert", { name: m.form.errorSummaryTitle });
    await expect(summary).toBeFocused();
    await expect(page.getByRole("textbox", { name: m.form.emailLabel })).toHaveAccessibleDescription(new RegExp(m.errors.emailInvalid));

    await page.getByRole("textbox", { name: m.form.emailLabel }).fill(address);
    await page.getByRole("region", { name: m.emailHeading }).getByRole("button", { name: m.form.sendCode }).click();
    await expect(page.getByText(fill(m.form.codeSent, { address }), { exact: true })).toBeFocused();
    const code = await codeSentTo(request, address);
    const [mail] = await messagesTo(request, address);
    expect(mail.subject).toBe(portal.m.notifications.mail.codeSubject);

    // A wrong code is refused at the field; the right one confirms the address.
    const codeField = page.getByRole("region", { name: m.emailHeading }).getByRole("textbox", { name: m.form.codeLabel });
    await codeField.fill(code === "000000" ? "111111" : "000000");
    answer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: m.form.confirmCode }).click();
    expect((await answer).status()).toBe(422);
    await expect(page.getByRole("textbox", { name: m.form.codeLabel })).toHaveAccessibleDescription(new RegExp(m.errors.codeWrong));
    await page.getByRole("textbox", { name: m.form.codeLabel }).fill(code);
    await page.getByRole("button", { name: m.form.confirmCode }).click();
    await expect(page.getByText(fill(m.form.verified, { address }), { exact: true })).toBeFocused();
    await expect(page.getByRole("region", { name: m.emailHeading })).toContainText(fill(m.verifiedAddress, { address }));

    await page
      .getByRole("region", { name: m.choicesHeading })
      .getByRole("group", { name: m.form.jobagentLegend })
      .getByRole("checkbox", { name: m.form.channelEmail })
      .check();
    await page.getByRole("region", { name: m.choicesHeading }).getByRole("button", { name: m.form.saveChoices }).click();
    await expect(page.getByText(m.form.savedChoices, { exact: true })).toBeFocused();
    const saved = page.getByRole("region", { name: m.choicesHeading });
    await expect(saved.getByRole("group", { name: m.form.jobagentLegend }).getByRole("checkbox", { name: m.form.channelEmail })).toBeChecked();
    await expect(saved.getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelEmail })).not.toBeChecked();
  });
});

test.describe("Få besked på SMS og/eller e-mail by keyboard (en)", () => {
  test(`R1.7 ${TITLE_DA}: by keyboard alone a citizen adds a mobile number, confirms the code from the text message and chooses messages from the jobcentre by SMS (en, JavaScript on)`, async ({
    page,
    request,
  }) => {
    const portal = new Portal(page, "en", true);
    const m = portal.m.notifications;
    const citizen = notificationCitizens[1];
    await portal.logInWithMitid({ cpr: citizen.cpr });
    await portal.expectWelcome(citizen.name);
    await page.goto(portal.path("/profil/notifikationer"));
    await portal.expectHeading(m.title);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    const phone = page.getByRole("region", { name: m.phoneHeading });
    await tabTo(page, phone.getByRole("textbox", { name: m.form.phoneLabel }));
    await page.keyboard.type("22 33 44 01");
    await page.keyboard.press("Enter");
    await expect(phone.getByRole("status").filter({ hasText: fill(m.form.codeSent, { address: "+4522334401" }) })).toBeVisible();
    const [sms] = await messagesTo(request, "+4522334401");
    expect(sms.channel).toBe("sms");
    expect(sms.text).toMatch(/^Your code for Jobnet: \d{6}\./);
    const code = await codeSentTo(request, "+4522334401");

    await tabTo(page, phone.getByRole("textbox", { name: m.form.codeLabel }));
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");
    await expect(phone).toContainText(fill(m.verifiedAddress, { address: "+45 22 33 44 01" }));

    const besked = page.getByRole("region", { name: m.choicesHeading }).getByRole("group", { name: m.form.beskedLegend });
    await tabTo(page, besked.getByRole("checkbox", { name: m.form.channelSms }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("region", { name: m.choicesHeading }).getByRole("button", { name: m.form.saveChoices }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: m.choicesHeading }).getByRole("status")).toContainText(m.form.savedChoices);
    await page.reload();
    await expect(
      page.getByRole("region", { name: m.choicesHeading }).getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelSms }),
    ).toBeChecked();
  });
});

test.describe("Links in a notice", () => {
  test(`R1.7 ${TITLE_DA}: the unsubscribe link in a notice works without login, changes nothing until pressed, and leads to the settings (da)`, async ({
    page,
    request,
  }) => {
    const portal = new Portal(page, "da", true);
    const m = portal.m.notifications;
    const citizen = unsubscribeCitizens[0];
    const queue = async () =>
      ((await (await request.post("/api/e2e/notices", { data: { cpr: citizen.cpr, topic: "jobagent" } })).json()) as { channels: string[] }).channels;
    expect(await queue()).toEqual(["email"]);
    const [notice] = await messagesTo(request, citizen.email);
    expect(notice.text).toContain("Din jobagent har fundet 1 nyt job.");
    const unsubscribe = /\nAfmeld: (\S+)/.exec(notice.text)![1];
    expect(notice.text).toMatch(/\nDine valg for beskeder: \S+\/notifikationer\/indstillinger\?token=/);

    // Opening the link (as a mail scanner would) changes nothing.
    const opened = await page.goto(new URL(unsubscribe).pathname + new URL(unsubscribe).search);
    expect(opened?.status()).toBe(200);
    await portal.expectHeading(m.unsubscribe.title);
    await expect(page.getByText(m.unsubscribe.questionJobagent)).toBeVisible();
    expect(await queue()).toEqual(["email"]);

    await page.getByRole("button", { name: m.unsubscribe.button }).click();
    await expect(page.getByText(m.unsubscribe.doneJobagent)).toBeVisible();
    expect(await queue()).toEqual([]);

    await page.getByRole("link", { name: m.unsubscribe.settingsLink }).click();
    await portal.expectHeading(m.linkSettings.title);
    await expect(page.getByRole("group", { name: m.form.jobagentLegend }).getByRole("checkbox", { name: m.form.channelEmail })).not.toBeChecked();
    await expect(page.getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelEmail })).toBeChecked();
    // SMS is not verified: choosing it from the link is refused too.
    await page.getByRole("group", { name: m.form.beskedLegend }).getByRole("checkbox", { name: m.form.channelSms }).check();
    await page.getByRole("button", { name: m.form.saveChoices }).click();
    await expect(page.getByRole("alert", { name: m.form.errorSummaryTitle })).toContainText(m.errors.phoneNotVerified);

    // A changed token is refused plainly.
    const tampered = unsubscribe.replace(/token=(.)/, (_, first: string) => `token=${first === "A" ? "B" : "A"}`);
    const refused = await page.goto(new URL(tampered).pathname + new URL(tampered).search);
    expect(refused?.status()).toBe(403);
    await portal.expectHeading(m.unsubscribe.invalidTitle);
  });
});
