import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditLog, brugerkoder, citizens, jobnetProfiles } from "@/db/schema";
import { createCitizenSession } from "@/lib/auth/mutations";
import { findActiveCitizenSession } from "@/lib/auth/queries";
import { withFreshDatabase } from "@/tests/support/database";
import { createProfileWithMitid, deleteAccess, removeBrugerkodeFlagByCitizen } from "./mutations";
import { findCitizenForMitidLogin, getAccessDeletionReceipt } from "./queries";

const { db } = withFreshDatabase({ seed: true });

async function citizenId(cpr: string) {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
  return row.id;
}

async function auditFor(subject: string) {
  return db().select().from(auditLog).where(eq(auditLog.subjectCitizenId, subject)).orderBy(auditLog.id);
}

describe("the brugerkode flag", () => {
  test("R1.4 a flagged citizen's MitID login is recognised as needing the warning", async () => {
    expect(await findCitizenForMitidLogin({ cpr: "0303753333" })).toMatchObject({ brugerkodeFlagged: true });
    expect(await findCitizenForMitidLogin({ cpr: "0101901111" })).toMatchObject({ brugerkodeFlagged: false });
    expect(await findCitizenForMitidLogin({ cpr: "0808668888" })).toMatchObject({ brugerkodeFlagged: false });
  });

  test("R1.4 continuing with MitID removes the flag, audit-logs it and ends the brugerkode sessions", async () => {
    const birthe = await citizenId("0303753333");
    const old = await createCitizenSession({ citizenId: birthe, method: "brugerkode" });
    const now = new Date("2026-11-26T12:00:00Z");

    expect(await removeBrugerkodeFlagByCitizen({ citizenId: birthe, now })).toBe(true);

    const [codes] = await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, birthe));
    expect(codes).toMatchObject({ flagged: false, flagChangedByKind: "citizen", flagChangedById: birthe, flagChangedAt: now });
    expect((await auditFor(birthe)).at(-1)).toMatchObject({
      action: "brugerkode_flag.removed",
      actorKind: "citizen",
      reason: "citizen chose MitID",
      occurredAt: now,
    });
    expect(await findActiveCitizenSession({ sessionId: old.sessionId })).toBeNull();
    // Removing it again changes nothing and logs nothing.
    const entries = (await auditFor(birthe)).length;
    expect(await removeBrugerkodeFlagByCitizen({ citizenId: birthe })).toBe(false);
    expect((await auditFor(birthe)).length).toBe(entries);
  });

  test("X5 a brugerkode session stops counting the moment the flag is gone, whatever path removed it", async () => {
    const bent = await citizenId("0202802222");
    const session = await createCitizenSession({ citizenId: bent, method: "brugerkode" });
    await db().update(brugerkoder).set({ flagged: false }).where(eq(brugerkoder.citizenId, bent));
    expect(await findActiveCitizenSession({ sessionId: session.sessionId })).toBeNull();
  });
});

describe("creating and deleting access", () => {
  test("R1.5 a citizen without a profile gets one with MitID, audit-logged, with the terms accepted", async () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const { citizenId: carl, created } = await createProfileWithMitid({ cpr: "0404954444", name: "Carl Ny", now });
    expect(created).toBe(true);
    const [profile] = await db().select().from(jobnetProfiles).where(eq(jobnetProfiles.citizenId, carl));
    expect(profile).toMatchObject({ createdVia: "mitid", termsAcceptedAt: now, lastMitidLoginAt: now, deletedAt: null });
    expect((await auditFor(carl)).map((entry) => entry.action)).toEqual(["profile.created"]);
  });

  test("R1.5 a person Jobnet has never heard of is added by CPR", async () => {
    const { citizenId: id, created } = await createProfileWithMitid({ cpr: "1212900000", name: "Ny Person" });
    expect(created).toBe(true);
    const [citizen] = await db().select().from(citizens).where(eq(citizens.id, id));
    expect(citizen).toMatchObject({ cpr: "1212900000", name: "Ny Person" });
  });

  test("R1.5 an identity that already has a profile gets no second one", async () => {
    const anna = await citizenId("0101901111");
    expect(await createProfileWithMitid({ cpr: "0101901111", name: "Anna Andersen" })).toEqual({ citizenId: anna, created: false });
    const profiles = await db().select().from(jobnetProfiles).where(eq(jobnetProfiles.citizenId, anna));
    expect(profiles).toHaveLength(1);
  });

  test("R1.6 deleting access ends every session at once, removes brugerkoder, and is audit-logged", async () => {
    const bent = await citizenId("0202802222");
    const phone = await createCitizenSession({ citizenId: bent, method: "brugerkode" });
    const laptop = await createCitizenSession({ citizenId: bent, method: "brugerkode" });

    const receipt = await deleteAccess({ citizenId: bent });

    expect(receipt?.reference).toMatch(/^SA-[2-9A-HJ-NP-Z]{8}$/);
    expect(await findActiveCitizenSession({ sessionId: phone.sessionId })).toBeNull();
    expect(await findActiveCitizenSession({ sessionId: laptop.sessionId })).toBeNull();
    expect(await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, bent))).toEqual([]);
    const active = await db()
      .select()
      .from(jobnetProfiles)
      .where(and(eq(jobnetProfiles.citizenId, bent), isNull(jobnetProfiles.deletedAt)));
    expect(active).toEqual([]);
    const [entry] = (await auditFor(bent)).filter((row) => row.action === "profile.deleted");
    // Support finds the receipt's reference in the audit entry.
    expect(entry).toMatchObject({ actorKind: "citizen", details: { brugerkoderRemoved: true, receiptReference: receipt!.reference } });
    expect(await deleteAccess({ citizenId: bent })).toBeNull();
  });

  test("R1.6 a deletion's receipt is shown only for a deletion that happened, to the citizen whose it was", async () => {
    const anna = await citizenId("0101901111");
    const dorte = await citizenId("0505855555");
    const deletedAt = new Date("2026-11-26T12:00:00Z");
    const { reference } = (await deleteAccess({ citizenId: anna, now: deletedAt }))!;

    expect(await getAccessDeletionReceipt({ citizenId: anna, reference })).toEqual({ reference, receivedAt: deletedAt });
    // Another citizen's reference, an unknown one, one of another kind and malformed ones are not found.
    expect(await getAccessDeletionReceipt({ citizenId: dorte, reference })).toBeNull();
    for (const other of ["SA-23456789", "SH-23456789", reference.toLowerCase(), "SA-2345678", "1", "", "' or 1=1 --"]) {
      expect(await getAccessDeletionReceipt({ citizenId: anna, reference: other })).toBeNull();
    }
  });

  test("R1.6 after deletion the citizen can create a profile again", async () => {
    const anna = await citizenId("0101901111");
    await deleteAccess({ citizenId: anna });
    expect(await createProfileWithMitid({ cpr: "0101901111", name: "Anna Andersen" })).toEqual({ citizenId: anna, created: true });
    expect(await findCitizenForMitidLogin({ cpr: "0101901111" })).toMatchObject({ profileId: expect.any(String) });
  });
});
