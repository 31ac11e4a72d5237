import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, notificationSettings, notificationVerifications, outboxMessages } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import {
  confirmVerificationCode,
  MAX_CODE_ATTEMPTS,
  MAX_CODES_PER_HOUR,
  removeNotificationAddress,
  requestVerificationCode,
  saveNotificationChoices,
  unsubscribeFromTopic,
} from "./mutations";
import { queueNotice } from "./outbox";
import { getNotificationSettings } from "./queries";
import { choicesSchema, confirmCodeSchema, requestCodeSchema } from "./schema";
import { verifyLinkToken } from "./signed-link";

vi.stubEnv("NEXTAUTH_URL", "https://jobnet.example.dk");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase({ seed: true });

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}

/** The code in the last verification message queued to `address`. */
async function codeSentTo(address: string): Promise<string> {
  const rows = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, address));
  return /\b(\d{6})\b/.exec(rows[rows.length - 1].text)![1];
}

/** The citizen's outbox as [topic, recipient, status], sorted. */
async function outboxOf(id: string): Promise<string[][]> {
  const rows = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, id));
  return rows.map((row) => [row.topic, row.recipient, row.status]).sort((a, b) => a.join().localeCompare(b.join()));
}

const content = (locale: "da" | "en") => ({
  subject: locale === "da" ? "Nye job" : "New jobs",
  text: locale === "da" ? "Din jobagent fandt 2 job." : "Your job agent found 2 jobs.",
  html: "<p>2</p>",
  sms: "2 nye job",
});

describe("Få besked på SMS og/eller e-mail", () => {
  test("R1.7 an e-mail address is used only after the code sent to it is confirmed; the code is kept only as a hash", async () => {
    const id = await citizenId("Dorte Fleks");
    const sent = await requestVerificationCode({ citizenId: id, channel: "email", address: "dorte@example.dk", locale: "en" });
    expect(sent).toHaveProperty("messageId");
    const code = await codeSentTo("dorte@example.dk");
    const [message] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, "dorte@example.dk"));
    expect(message).toMatchObject({ channel: "email", topic: "verification", subject: "Your code for Jobnet", status: "pending" });
    const [pending] = await db().select().from(notificationVerifications).where(eq(notificationVerifications.citizenId, id));
    expect(pending.codeHash).not.toContain(code);
    expect((await getNotificationSettings({ citizenId: id })).pending.email?.address).toBe("dorte@example.dk");

    // Not yet verified: choosing e-mail is refused, and nothing is written.
    expect(await saveNotificationChoices({ citizenId: id, jobagent: ["email"], besked: [], locale: "en" })).toEqual({ unverified: ["email"] });
    expect((await getNotificationSettings({ citizenId: id })).settings.jobagentEmail).toBe(false);

    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirmVerificationCode({ citizenId: id, channel: "email", code: wrong, locale: "en" })).toEqual({ refused: "codeWrong" });
    expect(await confirmVerificationCode({ citizenId: id, channel: "email", code, locale: "en" })).toEqual({ verified: "dorte@example.dk" });
    expect(await saveNotificationChoices({ citizenId: id, jobagent: ["email"], besked: ["email"], locale: "en" })).toEqual({ saved: true });
    const { settings, pending: after } = await getNotificationSettings({ citizenId: id });
    expect(settings).toMatchObject({ email: "dorte@example.dk", locale: "en", jobagentEmail: true, beskedEmail: true, jobagentSms: false });
    expect(after.email).toBeUndefined();
  });

  test("R1.7 a code expires, allows a limited number of wrong tries, and a new one replaces it", async () => {
    const id = await citizenId("Dorte Fleks");
    const start = new Date();
    await requestVerificationCode({ citizenId: id, channel: "sms", address: "+4522334455", locale: "da", now: start });
    const first = await codeSentTo("+4522334455");
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await confirmVerificationCode({ citizenId: id, channel: "sms", code: first, locale: "da", now: later })).toEqual({ refused: "codeExpired" });

    await requestVerificationCode({ citizenId: id, channel: "sms", address: "+4522334455", locale: "da" });
    const second = await codeSentTo("+4522334455");
    const wrong = second === "000000" ? "111111" : "000000";
    for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      expect(await confirmVerificationCode({ citizenId: id, channel: "sms", code: wrong, locale: "da" })).toEqual({ refused: "codeWrong" });
    }
    expect(await confirmVerificationCode({ citizenId: id, channel: "sms", code: wrong, locale: "da" })).toEqual({ refused: "tooManyAttempts" });
    // Even the right code no longer works.
    expect(await confirmVerificationCode({ citizenId: id, channel: "sms", code: second, locale: "da" })).toEqual({ refused: "tooManyAttempts" });
    expect(await confirmVerificationCode({ citizenId: id, channel: "email", code: second, locale: "da" })).toEqual({ refused: "noPendingCode" });
    const [sms] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, "+4522334455"));
    expect(sms).toMatchObject({ channel: "sms", subject: null, html: null });
    expect(sms.text).toMatch(/^Din kode til Jobnet: \d{6}\./);
  });

  test("R1.7 at most a few codes an hour per channel", async () => {
    const id = await citizenId("Emil Ung");
    for (let i = 0; i < MAX_CODES_PER_HOUR; i++) {
      expect(await requestVerificationCode({ citizenId: id, channel: "email", address: `emil${i}@example.dk`, locale: "da" })).toHaveProperty("messageId");
    }
    expect(await requestVerificationCode({ citizenId: id, channel: "email", address: "emil@example.dk", locale: "da" })).toEqual({ refused: "tooManyCodes" });
    expect(await requestVerificationCode({ citizenId: id, channel: "sms", address: "+4522334455", locale: "da" })).toHaveProperty("messageId");
  });

  test("R1.7 a notice goes to Anna's verified e-mail with a footer whose signed links work: settings and unsubscribe", async () => {
    const id = await citizenId("Anna Andersen");
    expect(await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:test:1", content })).toEqual(["email"]);
    // Queued once only.
    expect(await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:test:1", content })).toEqual([]);
    // She chose no notices about messages from the jobcenter.
    expect(await queueNotice(db(), { citizenId: id, topic: "besked", dedupeKey: "besked:test:1", content })).toEqual([]);
    const [notice] = await db().select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, "jobagent:test:1"));
    expect(notice).toMatchObject({ recipient: "anna.andersen@example.dk", subject: "Nye job", topic: "jobagent" });
    expect(notice.text).toContain("Din jobagent fandt 2 job.");
    const unsubscribe = new URL(/Afmeld: (\S+)/.exec(notice.text)![1]);
    const settings = new URL(/Dine valg for beskeder: (\S+)/.exec(notice.text)![1]);
    expect(unsubscribe.origin + unsubscribe.pathname).toBe("https://jobnet.example.dk/notifikationer/afmeld");
    expect(unsubscribe.searchParams.get("emne")).toBe("jobagent");
    expect(verifyLinkToken(unsubscribe.searchParams.get("token")!, { purpose: "unsubscribe-jobagent" })).toBe(id);
    expect(verifyLinkToken(settings.searchParams.get("token")!, { purpose: "settings" })).toBe(id);
    expect(verifyLinkToken(unsubscribe.searchParams.get("token")!, { purpose: "unsubscribe-besked" })).toBeNull();
    expect(notice.html).toContain(`href="${unsubscribe.toString().replace(/&/g, "&amp;")}"`);

    await unsubscribeFromTopic({ citizenId: id, topic: "jobagent" });
    expect(await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:test:2", content })).toEqual([]);
  });

  test("R1.7 an English citizen's SMS notice is in English and carries a short unsubscribe link", async () => {
    const id = await citizenId("Emil Ung");
    await db().insert(notificationSettings).values({
      citizenId: id,
      locale: "en",
      phone: "+4522334455",
      phoneVerifiedAt: new Date(),
      jobagentSms: true,
      email: "emil@example.dk",
      jobagentEmail: true,
    });
    // The e-mail is not verified: only the SMS goes.
    expect(await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:emil:1", content })).toEqual(["sms"]);
    const [sms] = await db().select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, "jobagent:emil:1"));
    expect(sms.text).toMatch(/^2 nye job\nStop: https:\/\/jobnet\.example\.dk\/en\/notifikationer\/afmeld\?emne=jobagent&token=/);
  });

  test("R1.7 removing an address forgets it and every choice that used it", async () => {
    const id = await citizenId("Anna Andersen");
    await removeNotificationAddress({ citizenId: id, channel: "email" });
    expect((await getNotificationSettings({ citizenId: id })).settings).toMatchObject({ email: null, emailVerifiedAt: null, jobagentEmail: false });
  });

  test("R1.7 a refused choice writes nothing, not even a default settings row", async () => {
    const id = await citizenId("Emil Ung");
    expect(await db().select().from(notificationSettings).where(eq(notificationSettings.citizenId, id))).toEqual([]);
    expect(await saveNotificationChoices({ citizenId: id, jobagent: ["email"], besked: [], locale: "en" })).toEqual({ unverified: ["email"] });
    expect(await db().select().from(notificationSettings).where(eq(notificationSettings.citizenId, id))).toEqual([]);
    // A citizen who is gone (a link in an old notice) is refused as such, and nothing is written.
    const gone = "00000000-0000-4000-8000-000000000000";
    expect(await saveNotificationChoices({ citizenId: gone, jobagent: [], besked: [], locale: "da" })).toEqual({ refused: "noCitizen" });
    expect(await db().select().from(notificationSettings).where(eq(notificationSettings.citizenId, gone))).toEqual([]);
  });

  test("R1.7 unsubscribing from a topic takes back that topic's unsent notices, and no other", async () => {
    const id = await citizenId("Anna Andersen");
    await db().update(notificationSettings).set({ beskedEmail: true }).where(eq(notificationSettings.citizenId, id));
    await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:a:1", content });
    await queueNotice(db(), { citizenId: id, topic: "besked", dedupeKey: "besked:a:1", content });
    await requestVerificationCode({ citizenId: id, channel: "sms", address: "+4522334455", locale: "da" });
    await unsubscribeFromTopic({ citizenId: id, topic: "jobagent" });
    expect(await outboxOf(id)).toEqual([
      ["besked", "anna.andersen@example.dk", "pending"],
      ["jobagent", "anna.andersen@example.dk", "retracted"],
      ["verification", "+4522334455", "pending"],
    ]);
  });

  test("R1.7 turning a topic's channel off takes back that topic's unsent notices on that channel only", async () => {
    const id = await citizenId("Anna Andersen");
    await db()
      .update(notificationSettings)
      .set({ phone: "+4522334455", phoneVerifiedAt: new Date(), jobagentSms: true, beskedEmail: true })
      .where(eq(notificationSettings.citizenId, id));
    await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:a:1", content });
    await queueNotice(db(), { citizenId: id, topic: "besked", dedupeKey: "besked:a:1", content });
    await requestVerificationCode({ citizenId: id, channel: "email", address: "anna.andersen@example.dk", locale: "da" });
    // E-mail off for job agents; SMS for job agents and e-mail for messages stay.
    expect(await saveNotificationChoices({ citizenId: id, jobagent: ["sms"], besked: ["email"], locale: "da" })).toEqual({ saved: true });
    expect(await outboxOf(id)).toEqual([
      ["besked", "anna.andersen@example.dk", "pending"],
      ["jobagent", "+4522334455", "pending"],
      ["jobagent", "anna.andersen@example.dk", "retracted"],
      ["verification", "anna.andersen@example.dk", "pending"],
    ]);
  });

  test("R1.7 removing an address takes back every unsent message to it, codes included, and nothing to the other one", async () => {
    const id = await citizenId("Anna Andersen");
    await db()
      .update(notificationSettings)
      .set({ phone: "+4522334455", phoneVerifiedAt: new Date(), jobagentSms: true })
      .where(eq(notificationSettings.citizenId, id));
    await queueNotice(db(), { citizenId: id, topic: "jobagent", dedupeKey: "jobagent:a:1", content });
    // A code on its way to the new address she is changing to.
    await requestVerificationCode({ citizenId: id, channel: "email", address: "anna.ny@example.dk", locale: "da" });
    await removeNotificationAddress({ citizenId: id, channel: "email" });
    expect(await outboxOf(id)).toEqual([
      ["jobagent", "+4522334455", "pending"],
      ["jobagent", "anna.andersen@example.dk", "retracted"],
      ["verification", "anna.ny@example.dk", "retracted"],
    ]);
  });

  test("X4 the forms' schemas refuse bad input with the field's own message", () => {
    const issue = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
      result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(issue(requestCodeSchema.safeParse({ channel: "email", address: "" }))).toEqual(["address:emailMissing"]);
    expect(issue(requestCodeSchema.safeParse({ channel: "email", address: "anna@" }))).toEqual(["address:emailInvalid"]);
    expect(issue(requestCodeSchema.safeParse({ channel: "sms", address: "123" }))).toEqual(["address:phoneInvalid"]);
    expect(issue(requestCodeSchema.safeParse({ channel: "fax", address: "x" }))).toEqual(["channel:invalid"]);
    expect(requestCodeSchema.parse({ channel: "sms", address: "22 33 44 55" })).toEqual({ channel: "sms", address: "+4522334455" });
    expect(issue(confirmCodeSchema.safeParse({ channel: "sms", code: "12a456" }))).toEqual(["code:codeInvalid"]);
    expect(confirmCodeSchema.parse({ channel: "sms", code: " 123 456 " })).toEqual({ channel: "sms", code: "123456" });
    expect(choicesSchema.parse({ jobagent: "email", besked: undefined })).toEqual({ jobagent: ["email"], besked: [] });
    expect(choicesSchema.safeParse({ jobagent: ["pigeon"], besked: [] }).success).toBe(false);
  });
});
