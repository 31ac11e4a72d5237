import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { brugerkoder, citizens, jobnetProfiles } from "@/db/schema";
import { recordAuditEntry } from "@/lib/audit/mutations";
import { endAllCitizenSessions } from "@/lib/auth/mutations";
import { LOCK_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/throttle";

/** Notes a successful brugerkode login and clears the failure count. */
export async function recordBrugerkodeLogin({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<void> {
  await db()
    .update(brugerkoder)
    .set({ lastLoginAt: now, failedAttempts: 0, lockedUntil: null })
    .where(eq(brugerkoder.citizenId, citizenId));
}

/**
 * Counts a failed login on a username; the fifth in a row locks it for 15 minutes and starts
 * the count again. Attempts during a lock neither count nor extend it. One statement, so
 * concurrent attempts cannot slip past the limit.
 */
export async function recordBrugerkodeFailure({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<void> {
  // Times go into raw SQL as ISO strings: drizzle hands raw parameters to the driver untouched.
  const reachesLimit = sql`${brugerkoder.failedAttempts} + 1 >= ${MAX_FAILED_ATTEMPTS}`;
  await db()
    .update(brugerkoder)
    .set({
      failedAttempts: sql`case when ${reachesLimit} then 0 else ${brugerkoder.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${reachesLimit} then ${new Date(now.getTime() + LOCK_MS).toISOString()}::timestamptz else null end`,
    })
    .where(
      and(
        eq(brugerkoder.citizenId, citizenId),
        sql`(${brugerkoder.lockedUntil} is null or ${brugerkoder.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
      ),
    );
}

/**
 * The citizen chose MitID over their brugerkoder (R1.4): the flag comes off, the change is
 * audit-logged, and every open session of theirs ends, all in one transaction. Returns
 * false when there was no flag to remove.
 */
export async function removeBrugerkodeFlagByCitizen({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<boolean> {
  return db().transaction(async (tx) => {
    const changed = await tx
      .update(brugerkoder)
      .set({ flagged: false, flagChangedByKind: "citizen", flagChangedById: citizenId, flagChangedAt: now })
      .where(and(eq(brugerkoder.citizenId, citizenId), eq(brugerkoder.flagged, true)))
      .returning({ citizenId: brugerkoder.citizenId });
    if (changed.length === 0) return false;
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: "citizen",
      actorId: citizenId,
      action: "brugerkode_flag.removed",
      subjectCitizenId: citizenId,
      reason: "citizen chose MitID",
    });
    await endAllCitizenSessions({ citizenId, reason: "brugerkode flag removed", now, tx });
    return true;
  });
}

/**
 * Creates a Jobnet profile for a MitID identity that has accepted the terms (R1.5). The
 * citizen is added by CPR if Jobnet does not know them yet. When they already have an
 * active profile nothing is created and that profile is used.
 */
export async function createProfileWithMitid({
  cpr,
  name,
  now = new Date(),
}: {
  cpr: string;
  name: string;
  now?: Date;
}): Promise<{ citizenId: string; created: boolean }> {
  return db().transaction(async (tx) => {
    await tx.insert(citizens).values({ cpr, name }).onConflictDoNothing({ target: citizens.cpr });
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
    const inserted = await tx
      .insert(jobnetProfiles)
      .values({ citizenId: citizen.id, createdVia: "mitid", createdAt: now, termsAcceptedAt: now, lastMitidLoginAt: now })
      .onConflictDoNothing()
      .returning({ id: jobnetProfiles.id });
    if (inserted.length === 0) return { citizenId: citizen.id, created: false };
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: "citizen",
      actorId: citizen.id,
      action: "profile.created",
      subjectCitizenId: citizen.id,
      reason: "created with MitID",
    });
    return { citizenId: citizen.id, created: true };
  });
}

/**
 * Deletes the citizen's access at once (R1.6): the profile is marked deleted, brugerkoder
 * go, every session ends, and the deletion is audit-logged. Returns the audit entry's
 * number as the receipt's reference, or null when there was no active profile.
 */
export async function deleteAccess({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<{ reference: number } | null> {
  return db().transaction(async (tx) => {
    const deleted = await tx
      .update(jobnetProfiles)
      .set({ deletedAt: now })
      .where(and(eq(jobnetProfiles.citizenId, citizenId), isNull(jobnetProfiles.deletedAt)))
      .returning({ id: jobnetProfiles.id });
    if (deleted.length === 0) return null;
    const removedCodes = await tx.delete(brugerkoder).where(eq(brugerkoder.citizenId, citizenId)).returning({ id: brugerkoder.citizenId });
    await endAllCitizenSessions({ citizenId, reason: "access deleted", now, tx });
    const reference = await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: "citizen",
      actorId: citizenId,
      action: "profile.deleted",
      subjectCitizenId: citizenId,
      reason: "deleted by the citizen",
      details: { brugerkoderRemoved: removedCodes.length > 0 },
    });
    return { reference };
  });
}
