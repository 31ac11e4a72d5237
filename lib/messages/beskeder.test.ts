import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { beskeder, citizens, notificationSettings, outboxMessages, staff } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { withFreshDatabase } from "@/tests/support/database";
import { sendBesked, type BeskedLetter } from "./mutations";

vi.stubEnv("NEXTAUTH_URL", "https://jobnet.example.dk");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

const NOW = new Date("2026-12-01T08:00:00Z");

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffActor(name: string): Promise<Actor> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return { kind: "staff", id: row.id };
}

/** Gives the citizen verified addresses and the given choices for new messages. */
async function chooseBeskedNotices(id: string, choices: { email: boolean; sms: boolean; verified?: boolean; locale?: "da" | "en" }) {
  const verifiedAt = choices.verified === false ? null : NOW;
  await db().delete(notificationSettings).where(eq(notificationSettings.citizenId, id));
  await db()
    .insert(notificationSettings)
    .values({
      citizenId: id,
      locale: choices.locale ?? "da",
      email: `${id}@example.dk`,
      emailVerifiedAt: verifiedAt,
      phone: "+4522334455",
      phoneVerifiedAt: verifiedAt,
      beskedEmail: choices.email,
      beskedSms: choices.sms,
    });
}

const registered: BeskedLetter = {
  kind: "stoettebehov-registreret",
  planId: "3f2b8a8e-8a52-4d1e-9d7b-3c1f6a0f0b11",
  planVersion: 2,
  jobcenter: "Jobcenter København",
  stoettebehov: ["mentor", "psykolog"],
};

describe("sendBesked", () => {
  test("R4.1 writes the message once per key, with its facts frozen, and queues one notice per chosen channel that says only that there is a message", async () => {
    const emil = await citizenId("Emil Ung");
    const jens = await staffActor("Jens Jobcenter");
    await chooseBeskedNotices(emil, { email: true, sms: true });

    const first = await db().transaction((tx) =>
      sendBesked(tx, { citizenId: emil, letter: registered, dedupeKey: "plan:p1:2:stoettebehov", actor: jens, now: NOW }),
    );
    const again = await db().transaction((tx) =>
      sendBesked(tx, { citizenId: emil, letter: registered, dedupeKey: "plan:p1:2:stoettebehov", actor: jens, now: NOW }),
    );
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });

    const rows = await db().select().from(beskeder).where(eq(beskeder.citizenId, emil));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first.id,
      kind: "stoettebehov-registreret",
      params: { planId: registered.planId, planVersion: 2, jobcenter: "Jobcenter København", stoettebehov: ["mentor", "psykolog"] },
      createdAt: NOW,
      readAt: null,
      createdBy: jens.id,
    });

    const notices = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, emil));
    expect(notices.map((notice) => notice.channel).sort()).toEqual(["email", "sms"]);
    for (const notice of notices) {
      expect(notice).toMatchObject({ topic: "besked", dedupeKey: `besked:${first.id}`, status: "pending" });
      expect(notice.text).toContain("https://jobnet.example.dk/beskeder");
      // Never what the letter says: no støttebehov, no subject of the letter.
      expect(`${notice.subject} ${notice.text} ${notice.html}`).not.toMatch(/støttebehov|Mentor|psykolog/i);
    }
    expect(notices.find((notice) => notice.channel === "email")!.subject).toBe("Ny besked i Min beskedbakke på Jobnet");
  });

  test("R4.1 the notice is in the language the citizen chose and links to the English inbox", async () => {
    const emil = await citizenId("Emil Ung");
    await chooseBeskedNotices(emil, { email: true, sms: false, locale: "en" });
    await db().transaction((tx) => sendBesked(tx, { citizenId: emil, letter: registered, dedupeKey: "k-en", actor: { kind: "system", id: null }, now: NOW }));
    const [notice] = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, emil));
    expect(notice.subject).toBe("New message in Min beskedbakke on Jobnet");
    expect(notice.text).toContain("https://jobnet.example.dk/en/beskeder");
  });

  test("R4.1 it takes part in the caller's transaction: a rollback leaves neither message nor notice", async () => {
    const emil = await citizenId("Emil Ung");
    await chooseBeskedNotices(emil, { email: true, sms: true });
    await expect(
      db().transaction(async (tx) => {
        await sendBesked(tx, { citizenId: emil, letter: registered, dedupeKey: "rolled-back", actor: { kind: "system", id: null }, now: NOW });
        throw new Error("the plan could not be published");
      }),
    ).rejects.toThrow("the plan could not be published");
    expect(await db().select().from(beskeder)).toHaveLength(0);
    expect(await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, emil))).toHaveLength(0);

    // The key was not used up by the rolled-back attempt.
    const sent = await db().transaction((tx) =>
      sendBesked(tx, { citizenId: emil, letter: registered, dedupeKey: "rolled-back", actor: { kind: "system", id: null }, now: NOW }),
    );
    expect(sent.created).toBe(true);
  });

  test("R4.1 no notice without a choice of besked notices and a verified address; the message is sent all the same", async () => {
    const emil = await citizenId("Emil Ung");
    const anna = await citizenId("Anna Andersen");
    const dorte = await citizenId("Dorte Fleks");
    await chooseBeskedNotices(emil, { email: false, sms: false });
    await chooseBeskedNotices(anna, { email: true, sms: true, verified: false });
    // Dorte has no settings at all.
    await db().delete(notificationSettings).where(eq(notificationSettings.citizenId, dorte));
    for (const id of [emil, anna, dorte]) {
      const sent = await db().transaction((tx) =>
        sendBesked(tx, { citizenId: id, letter: registered, dedupeKey: `k-${id}`, actor: { kind: "system", id: null } }),
      );
      expect(sent.created).toBe(true);
    }
    expect(await db().select().from(beskeder)).toHaveLength(3);
    expect(await db().select().from(outboxMessages).where(eq(outboxMessages.topic, "besked"))).toHaveLength(0);
  });

  test("R4.1 an annulment names the annulled støttebehov; a letter without a known støttebehov is refused", async () => {
    const emil = await citizenId("Emil Ung");
    const annulled: BeskedLetter = { ...registered, kind: "stoettebehov-annulleret", planVersion: 3, stoettebehov: ["mentor"] };
    const sent = await db().transaction((tx) =>
      sendBesked(tx, { citizenId: emil, letter: annulled, dedupeKey: "k-annul", actor: { kind: "system", id: null } }),
    );
    const [row] = await db().select().from(beskeder).where(eq(beskeder.id, sent.id));
    expect(row).toMatchObject({ kind: "stoettebehov-annulleret", params: { planVersion: 3, stoettebehov: ["mentor"] }, createdBy: null });

    for (const stoettebehov of [[], ["ukendt"]]) {
      await expect(
        db().transaction((tx) =>
          sendBesked(tx, {
            citizenId: emil,
            letter: { ...registered, stoettebehov: stoettebehov as never },
            dedupeKey: "k-bad",
            actor: { kind: "system", id: null },
          }),
        ),
      ).rejects.toBeInstanceOf(TypeError);
    }
  });

  test("X5 a caseworker sends only to their own jobcenter's citizens; the refusal is logged without content", async () => {
    const henrik = await citizenId("Henrik Hansen");
    const jens = await staffActor("Jens Jobcenter");
    await expect(db().transaction((tx) => sendBesked(tx, { citizenId: henrik, letter: registered, dedupeKey: "k-out", actor: jens }))).rejects.toBeInstanceOf(
      CitizenOutOfScopeError,
    );
    expect(await db().select().from(beskeder)).toHaveLength(0);
    expect(warnings.some((line) => line.includes("citizen_access_denied") && line.includes('action="sendBesked"'))).toBe(true);
  });
});
