import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { beskeder, citizens, notificationSettings, outboxMessages, staff } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { withFreshDatabase } from "@/tests/support/database";
import { openBesked, sendBesked, type BeskedLetter } from "./mutations";
import { countUnreadBeskeder, listBeskeder, listBeskederForCaseworker } from "./queries";
import { letterFileName, letterOf, letterTexts } from "./texts";

vi.stubEnv("NEXTAUTH_URL", "https://jobnet.example.dk");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase({ seed: true });

// The demo data sends Emil Ung a besked about his støttebehov (lib/demo/plans.ts); these tests
// count what they send themselves, so each starts from empty inboxes and an empty outbox.
beforeEach(async () => {
  await db().delete(beskeder);
  await db().delete(outboxMessages);
});

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
    const anna = await citizenId("Anna Andersen");
    await expect(
      db().transaction((tx) => sendBesked(tx, { citizenId: anna, letter: registered, dedupeKey: "plan:p1:2:stoettebehov", actor: jens, now: NOW })),
    ).rejects.toThrow("another citizen");

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
    expect(notice.subject).toBe("New message from the jobcenter on Jobnet");
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

describe("Min beskedbakke", () => {
  async function send(citizenId: string, letter: BeskedLetter, at: Date, key = crypto.randomUUID()) {
    return db().transaction((tx) => sendBesked(tx, { citizenId, letter, dedupeKey: key, actor: { kind: "system", id: null }, now: at }));
  }

  test("R4.1 the citizen's own messages, newest first; opening one marks it read once and the unread count drops", async () => {
    const emil = await citizenId("Emil Ung");
    const anna = await citizenId("Anna Andersen");
    const older = await send(emil, registered, new Date("2026-11-01T08:00:00Z"));
    const newer = await send(emil, { ...registered, kind: "stoettebehov-annulleret", stoettebehov: ["psykolog"] }, NOW);
    await send(anna, registered, NOW);

    expect((await listBeskeder({ citizenId: emil })).map((besked) => besked.id)).toEqual([newer.id, older.id]);
    expect(await countUnreadBeskeder({ citizenId: emil })).toBe(2);

    const opened = await openBesked({ citizenId: emil, beskedId: older.id, now: NOW });
    expect(opened).toMatchObject({ id: older.id, readAt: NOW });
    const later = new Date(NOW.getTime() + 60_000);
    expect((await openBesked({ citizenId: emil, beskedId: older.id, now: later }))!.readAt).toEqual(NOW);
    expect(await countUnreadBeskeder({ citizenId: emil })).toBe(1);
    expect(await countUnreadBeskeder({ citizenId: anna })).toBe(1);
  });

  test("R4.1 another citizen's message, or an id that names none, is not found; the attempt is logged without content and nothing is marked", async () => {
    const emil = await citizenId("Emil Ung");
    const anna = await citizenId("Anna Andersen");
    const annas = await send(anna, registered, NOW);
    expect(await openBesked({ citizenId: emil, beskedId: annas.id })).toBeNull();
    for (const bad of ["", "x", "00000000-0000-4000-8000-000000000000", `${annas.id}x`, "'; drop table beskeder; --"]) {
      expect(await openBesked({ citizenId: emil, beskedId: bad }), bad).toBeNull();
    }
    expect(await countUnreadBeskeder({ citizenId: anna })).toBe(1);
    const denial = warnings.filter((line) => line.includes("citizen_access_denied"));
    expect(denial).toHaveLength(1);
    expect(denial[0]).toContain(`actorId="${emil}"`);
    expect(denial[0]).toContain(`citizenId="${anna}"`);
    expect(denial[0]).toContain('action="open_besked"');
    expect(denial[0]).not.toMatch(/Mentor|støttebehov/i);
  });

  test("R4.1 the caseworker sees what was sent to their own jobcenter's citizens and whether it is read; not another jobcenter's", async () => {
    const emil = await citizenId("Emil Ung");
    const henrik = await citizenId("Henrik Hansen");
    const jens = await staffActor("Jens Jobcenter");
    const sent = await send(emil, registered, NOW);
    await openBesked({ citizenId: emil, beskedId: sent.id, now: NOW });
    expect(await listBeskederForCaseworker({ citizenId: emil, viewer: jens })).toEqual([
      expect.objectContaining({ id: sent.id, kind: "stoettebehov-registreret", readAt: NOW }),
    ]);
    await expect(listBeskederForCaseworker({ citizenId: henrik, viewer: jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(listBeskederForCaseworker({ citizenId: emil, viewer: await staffActor("Rikke Redaktør") })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
  });

  test("R4.1 the letters say in both languages which støttebehov were registered or annulled, by whom, and who to contact", () => {
    const two = letterTexts("stoettebehov-registreret", { ...registered, stoettebehov: ["mentor", "psykolog"] }, "da");
    expect(two.subject).toBe("Jobcentret har registreret støttebehov i din uddannelsesplan");
    expect(two.sender).toBe("Jobcenter København");
    expect(two.items).toEqual(["Mentorstøtte", "Samtaler med en psykolog"]);
    expect(two.paragraphs.join(" ")).toContain("kontakt Jobcenter København");
    expect(two.paragraphs.at(-1)).toBe("Jobcentret har registreret disse støttebehov:");

    const annulled = letterTexts("stoettebehov-annulleret", { ...registered, stoettebehov: ["mentor"] }, "en");
    expect(annulled.subject).toBe("The jobcenter's registration of support needs has been cancelled");
    expect(annulled.items).toEqual(["Support from a mentor"]);
    expect(annulled.paragraphs.join(" ")).toContain("earlier registration is cancelled");
    expect(annulled.paragraphs.at(-1)).toBe("The registration of this support need is cancelled:");

    const withTitle = letterTexts("stoettebehov-registreret", { ...registered, planTitle: "Uddannelsesplan 2027" }, "da");
    expect(withTitle.reference).toBe("Uddannelsesplan 2027, version 2");
    expect(letterFileName({ kind: "stoettebehov-annulleret", createdAt: new Date("2026-11-30T23:30:00Z") }, "en")).toBe(
      "letter-support-needs-cancelled-2026-12-01.pdf",
    );
    expect(letterOf({ kind: "stoettebehov-registreret", params: registered, createdAt: NOW }, "Emil Ung", "en")).toMatchObject({
      locale: "en",
      title: "The jobcenter has registered support needs in your education plan",
      recipient: "Emil Ung",
      date: NOW,
    });
  });
});
