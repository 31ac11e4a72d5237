import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, citizens, cvs, notificationSettings, staff, tilmeldinger } from "@/db/schema";
import { AppError, ConflictError } from "@/lib/errors";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { isReceiptReference } from "@/lib/receipts/reference";
import { withFreshDatabase } from "@/tests/support/database";
import { danishToday } from "./first-day";
import { saveTilmeldingAkasse, saveTilmeldingContact, saveTilmeldingFirstDay, sendTilmelding } from "./mutations";
import { getTilmelding, getTilmeldingContactSuggestion, getTilmeldingReceipt, readTilmeldingForCaseworker } from "./queries";
import { akasseSchema, contactSchema } from "./schema";
import { unansweredSteps } from "./steps";

const { db } = withFreshDatabase({ seed: true });

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffId(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}

const NOW = new Date("2026-03-27T09:00:00Z");

async function fillIn(citizenId: string) {
  await saveTilmeldingFirstDay({ citizenId, firstDay: "2026-04-01", now: NOW });
  await saveTilmeldingAkasse({ citizenId, member: true, akasse: "hk", now: NOW });
  await saveTilmeldingContact({ citizenId, phone: "22 33 44 55", email: "anna@example.dk", now: NOW });
}

describe("the registration's draft", () => {
  test("R1.7 each step is saved to the draft as the citizen goes; the first answer starts it", async () => {
    const anna = await citizenId("Anna Andersen");
    expect(await getTilmelding({ citizenId: anna })).toBeNull();
    await saveTilmeldingAkasse({ citizenId: anna, member: false, akasse: null, now: NOW });
    let draft = await getTilmelding({ citizenId: anna });
    expect(draft).toMatchObject({ status: "draft", akasseMember: false, akasse: null, firstDay: null, startedAt: NOW, sentAt: null, reference: null });
    expect(unansweredSteps(draft!)).toEqual(["firstDay", "contact"]);

    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-03-13", now: NOW });
    await saveTilmeldingAkasse({ citizenId: anna, member: true, akasse: "3f", now: NOW });
    await saveTilmeldingContact({ citizenId: anna, phone: "22334455", email: "", now: NOW });
    draft = await getTilmelding({ citizenId: anna });
    expect(draft).toMatchObject({ firstDay: "2026-03-13", akasseMember: true, akasse: "3f", phone: "+4522334455", email: null });
    expect(unansweredSteps(draft!)).toEqual([]);
    // Saying no afterwards clears the a-kasse.
    await saveTilmeldingAkasse({ citizenId: anna, member: false, akasse: "3f", now: NOW });
    expect(await getTilmelding({ citizenId: anna })).toMatchObject({ akasseMember: false, akasse: null });
    expect(await db().select().from(tilmeldinger)).toHaveLength(1);
  });

  test("R1.7 X4 the data functions refuse what the forms refuse, and write nothing", async () => {
    const anna = await citizenId("Anna Andersen");
    for (const firstDay of ["2026-03-12", "2026-06-28", "2026-02-30", "27-03-2026", ""]) {
      await expect(saveTilmeldingFirstDay({ citizenId: anna, firstDay, now: NOW }), firstDay).rejects.toBeInstanceOf(AppError);
    }
    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-06-27", now: NOW });
    await expect(saveTilmeldingAkasse({ citizenId: anna, member: true, akasse: "no-such-fund", now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(saveTilmeldingAkasse({ citizenId: anna, member: true, akasse: null, now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(saveTilmeldingContact({ citizenId: anna, phone: "", email: "", now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(saveTilmeldingContact({ citizenId: anna, phone: "12", email: "", now: NOW })).rejects.toMatchObject({
      messageKey: "tilmelding.errors.phoneInvalid",
    });
    expect(await getTilmelding({ citizenId: anna })).toMatchObject({ firstDay: "2026-06-27", akasseMember: null, phone: null, email: null });
  });

  test("R1.7 X4 the steps' schemas: yes needs an a-kasse on the list, no needs none; contact needs one valid way in", () => {
    expect(akasseSchema.safeParse({ member: "ja", akasse: "hk" }).success).toBe(true);
    expect(akasseSchema.safeParse({ member: "nej", akasse: "" }).success).toBe(true);
    expect(akasseSchema.safeParse({ member: "ja", akasse: "" }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["akasse", "akasseMissing"],
    ]);
    expect(akasseSchema.safeParse({ akasse: "" }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["member", "memberMissing"]]);
    expect(akasseSchema.safeParse({ member: "maybe", akasse: "hk" }).success).toBe(false);
    expect(contactSchema.safeParse({ phone: "", email: "" }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["phone", "contactMissing"],
    ]);
    expect(contactSchema.safeParse({ phone: "22 33 44 55", email: "" }).success).toBe(true);
    expect(contactSchema.safeParse({ phone: "", email: "a@example.dk" }).success).toBe(true);
    expect(contactSchema.safeParse({ phone: "12", email: "not-an-address" }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["phone", "phoneInvalid"],
      ["email", "emailInvalid"],
    ]);
  });

  test("R1.7 X4 a phone number with an extension is refused with its own message, never saved without it", async () => {
    const anna = await citizenId("Anna Andersen");
    for (const phone of ["22 33 44 55 ext. 12", "22334455 x12", "22334455#12", "+45 22 33 44 55;ext=3"]) {
      expect(
        contactSchema.safeParse({ phone, email: "" }).error?.issues.map((issue) => [issue.path[0], issue.message]),
        phone,
      ).toEqual([["phone", "phoneExtension"]]);
      await expect(saveTilmeldingContact({ citizenId: anna, phone, email: "", now: NOW }), phone).rejects.toMatchObject({
        status: 400,
        messageKey: "tilmelding.errors.phoneExtension",
      });
    }
    expect(await getTilmelding({ citizenId: anna })).toBeNull();
    expect(contactSchema.safeParse({ phone: "+46 70 123 45 67", email: "" }).success).toBe(true);
  });

  test("R1.7 X4 an e-mail address is stored with its domain in lower case; a domain with æ, ø or å is accepted and kept as written", async () => {
    const anna = await citizenId("Anna Andersen");
    expect(contactSchema.parse({ phone: "", email: " Anna.Andersen@Example.DK " }).email).toBe("Anna.Andersen@example.dk");
    await saveTilmeldingContact({ citizenId: anna, phone: "", email: "Anna.Andersen@Example.DK", now: NOW });
    expect((await getTilmelding({ citizenId: anna }))?.email).toBe("Anna.Andersen@example.dk");
    expect(contactSchema.parse({ phone: "", email: "anna@SØ.dk" }).email).toBe("anna@sø.dk");
    await saveTilmeldingContact({ citizenId: anna, phone: "", email: "anna@Blåbær.dk", now: NOW });
    expect((await getTilmelding({ citizenId: anna }))?.email).toBe("anna@blåbær.dk");
    // What is not an address, also after the domain is turned into ASCII: refused by the form and the data function alike.
    for (const email of ["anna@ø.dk/x", "anna@ø.dk:25", "ånna@x.dk", "anna@-x.dk", "anna@x..dk", "anna@[127.0.0.1]", "anna@", "@x.dk"]) {
      expect(
        contactSchema.safeParse({ phone: "", email }).error?.issues.map((issue) => issue.message),
        email,
      ).toEqual(["emailInvalid"]);
      await expect(saveTilmeldingContact({ citizenId: anna, phone: "", email, now: NOW }), email).rejects.toMatchObject({
        status: 400,
        messageKey: "tilmelding.errors.emailInvalid",
      });
    }
    // A NUL the form refuses as text that cannot be saved; the data function as no address.
    await expect(saveTilmeldingContact({ citizenId: anna, phone: "", email: "anna@x\u0000.dk", now: NOW })).rejects.toMatchObject({ status: 400 });
    expect((await getTilmelding({ citizenId: anna }))?.email).toBe("anna@blåbær.dk");
  });

  test("R1.7 the contact step is filled in with the CV's details, else the confirmed ones for notices", async () => {
    const anna = await citizenId("Anna Andersen");
    const carl = await citizenId("Carl Ny");
    await db().delete(cvs).where(eq(cvs.citizenId, carl));
    await db().delete(notificationSettings).where(eq(notificationSettings.citizenId, carl));
    expect(await getTilmeldingContactSuggestion({ citizenId: carl })).toEqual({ phone: "", email: "" });
    await db().insert(notificationSettings).values({ citizenId: carl, email: "carl@example.dk", emailVerifiedAt: NOW, phone: "+4587654321" });
    // The phone number is not confirmed, so it is not offered.
    expect(await getTilmeldingContactSuggestion({ citizenId: carl })).toEqual({ phone: "", email: "carl@example.dk" });
    await db().insert(cvs).values({ citizenId: carl, phone: "+4522334455", email: "carl.cv@example.dk" });
    expect(await getTilmeldingContactSuggestion({ citizenId: carl })).toEqual({ phone: "+45 22 33 44 55", email: "carl.cv@example.dk" });
    // Another citizen's details are never offered.
    const annas = await getTilmeldingContactSuggestion({ citizenId: anna });
    expect(annas.email).not.toContain("carl");
  });
});

describe("Send", () => {
  test("R1.7 it is sent only with every step answered; sent, it has a receipt of what was sent and can no longer change", async () => {
    const anna = await citizenId("Anna Andersen");
    await expect(sendTilmelding({ citizenId: anna })).rejects.toMatchObject({ status: 422 });
    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-04-01", now: NOW });
    await expect(sendTilmelding({ citizenId: anna })).rejects.toMatchObject({ status: 422, messageKey: "tilmelding.errors.notComplete" });
    expect(await getTilmeldingReceipt({ citizenId: anna })).toBeNull();
    await fillIn(anna);
    const sentAt = new Date("2026-03-27T10:15:00Z");
    const { reference, alreadySent } = await sendTilmelding({ citizenId: anna, now: sentAt });
    expect(alreadySent).toBe(false);
    expect(isReceiptReference("tilmelding", reference)).toBe(true);
    expect(await getTilmeldingReceipt({ citizenId: anna })).toEqual({
      reference,
      receivedAt: sentAt,
      firstDay: "2026-04-01",
      akasseMember: true,
      akasse: "hk",
      phone: "+4522334455",
      email: "anna@example.dk",
    });
    await expect(saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-04-02", now: NOW })).rejects.toBeInstanceOf(ConflictError);
    await expect(saveTilmeldingAkasse({ citizenId: anna, member: false, akasse: null, now: NOW })).rejects.toBeInstanceOf(ConflictError);
    await expect(saveTilmeldingContact({ citizenId: anna, phone: "", email: "x@example.dk", now: NOW })).rejects.toBeInstanceOf(ConflictError);
    expect((await getTilmelding({ citizenId: anna }))?.firstDay).toBe("2026-04-01");
  });

  test("R1.7 X4 a first day saved at the edge of the bounds is refused at Send once the bounds have moved past it, and nothing is sent", async () => {
    const anna = await citizenId("Anna Andersen");
    // 2026-03-13 is the earliest day allowed on 2026-03-27 (14 days back).
    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-03-13", now: NOW });
    await saveTilmeldingAkasse({ citizenId: anna, member: false, akasse: null, now: NOW });
    await saveTilmeldingContact({ citizenId: anna, phone: "22 33 44 55", email: "", now: NOW });
    // The next day in Denmark (23:30 UTC on the 27th is already the 28th there): one day too far back.
    for (const later of [new Date("2026-03-27T23:30:00Z"), new Date("2026-04-20T09:00:00Z")]) {
      await expect(sendTilmelding({ citizenId: anna, now: later }), later.toISOString()).rejects.toMatchObject({
        status: 422,
        messageKey: "tilmelding.errors.firstDayOutOfBounds",
      });
    }
    expect(await getTilmelding({ citizenId: anna })).toMatchObject({ status: "draft", sentAt: null, reference: null });
    expect(await getTilmeldingReceipt({ citizenId: anna })).toBeNull();
    // Still the 27th in Denmark (22:59 UTC is 23:59 in winter time): within the bounds, sent.
    const { alreadySent } = await sendTilmelding({ citizenId: anna, now: new Date("2026-03-27T22:59:00Z") });
    expect(alreadySent).toBe(false);
  });

  test("R1.7 X4 after a refused Send the citizen changes the first day and sends", async () => {
    const anna = await citizenId("Anna Andersen");
    await fillIn(anna);
    const later = new Date("2026-05-01T09:00:00Z");
    await expect(sendTilmelding({ citizenId: anna, now: later })).rejects.toMatchObject({ status: 422, messageKey: "tilmelding.errors.firstDayOutOfBounds" });
    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: "2026-04-30", now: later });
    expect((await sendTilmelding({ citizenId: anna, now: later })).alreadySent).toBe(false);
    expect(await getTilmeldingReceipt({ citizenId: anna })).toMatchObject({ firstDay: "2026-04-30", receivedAt: later });
  });

  test("R1.7 Send is idempotent: sent twice, one after the other or at once, it is one registration with one reference", async () => {
    const anna = await citizenId("Anna Andersen");
    await fillIn(anna);
    const [first, second] = await Promise.all([sendTilmelding({ citizenId: anna, now: NOW }), sendTilmelding({ citizenId: anna, now: NOW })]);
    expect(second.reference).toBe(first.reference);
    expect([first.alreadySent, second.alreadySent].sort()).toEqual([false, true]);
    const third = await sendTilmelding({ citizenId: anna, now: NOW });
    expect(third).toEqual({ reference: first.reference, alreadySent: true });
    const rows = await db().select().from(tilmeldinger).where(eq(tilmeldinger.citizenId, anna));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "sent", reference: first.reference });
  });

  test("R1.7 the table's checks keep a sent registration complete and an a-kasse for members only, whatever code writes it", async () => {
    const anna = await citizenId("Anna Andersen");
    const insert = (values: Partial<typeof tilmeldinger.$inferInsert>) =>
      db()
        .insert(tilmeldinger)
        .values({ citizenId: anna, ...values });
    const sent = { status: "sent" as const, sentAt: NOW, reference: "TL-23456789" };
    await expect(insert({ ...sent, firstDay: "2026-04-01", akasseMember: false })).rejects.toThrow();
    await expect(insert({ ...sent, firstDay: "2026-04-01", akasseMember: true, phone: "+4522334455" })).rejects.toThrow();
    await expect(insert({ status: "sent", firstDay: "2026-04-01", akasseMember: false, phone: "+4522334455" })).rejects.toThrow();
    await expect(insert({ akasseMember: false, akasse: "hk" })).rejects.toThrow();
    await expect(insert({ status: "unknown" as "draft" })).rejects.toThrow();
    await insert({ ...sent, firstDay: "2026-04-01", akasseMember: false, email: "a@example.dk" });
    await expect(insert({})).rejects.toThrow();
  });
});

describe("whose registration", () => {
  test("R1.7 X5 a citizen's functions read and change their own registration only", async () => {
    const anna = await citizenId("Anna Andersen");
    const bent = await citizenId("Bent Brugerkode");
    await fillIn(anna);
    await sendTilmelding({ citizenId: anna, now: NOW });
    expect(await getTilmelding({ citizenId: bent })).toBeNull();
    expect(await getTilmeldingReceipt({ citizenId: bent })).toBeNull();
    await expect(sendTilmelding({ citizenId: bent })).rejects.toMatchObject({ status: 422 });
    await saveTilmeldingFirstDay({ citizenId: bent, firstDay: "2026-04-02", now: NOW });
    expect((await getTilmelding({ citizenId: bent }))?.status).toBe("draft");
    expect((await getTilmelding({ citizenId: anna }))?.firstDay).toBe("2026-04-01");
  });

  test("R1.7 X5 the citizen's caseworker reads the sent registration, and every read is in the audit log; a draft is not shown", async () => {
    const anna = await citizenId("Anna Andersen");
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    const reads = async () => (await db().select().from(auditLog).where(eq(auditLog.action, "tilmelding.read"))).length;
    await saveTilmeldingFirstDay({ citizenId: anna, firstDay: danishToday(), now: new Date() });
    expect(await readTilmeldingForCaseworker({ citizenId: anna, viewer: jens })).toBeNull();
    expect(await reads()).toBe(0);
    await fillIn(anna);
    const { reference } = await sendTilmelding({ citizenId: anna, now: NOW });
    expect(await readTilmeldingForCaseworker({ citizenId: anna, viewer: jens })).toMatchObject({ reference, akasse: "hk", firstDay: "2026-04-01" });
    expect(await reads()).toBe(1);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "tilmelding.read"));
    expect(entry).toMatchObject({ actorKind: "staff", actorId: jens.id, subjectCitizenId: anna });
  });

  test("R1.7 X5 a caseworker of another jobcenter cannot read it, and nothing is logged as read", async () => {
    const henrik = await citizenId("Henrik Hansen");
    await fillIn(henrik);
    await sendTilmelding({ citizenId: henrik, now: NOW });
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    await expect(readTilmeldingForCaseworker({ citizenId: henrik, viewer: jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "tilmelding.read"))).toEqual([]);
  });
});
