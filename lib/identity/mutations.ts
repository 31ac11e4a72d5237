import "server-only";
import { and, eq, isNull, like, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { brugerkoder, citizens, jobnetProfiles } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { endAllCitizenSessions } from "@/lib/auth/mutations";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LOCK_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/throttle";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { newReceiptReference } from "@/lib/receipts/reference";
import { newOneTimePassword, ONE_TIME_PASSWORD_DAYS, usernameBase } from "./brugerkode-credentials";
import { assertMayReachCitizen, staffReach } from "./scope";
import { DELETION_RECEIPT_DETAIL } from "./deletion-receipt";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Notes a successful brugerkode login and clears the failure count. */
export async function recordBrugerkodeLogin({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<void> {
  await db().update(brugerkoder).set({ lastLoginAt: now, failedAttempts: 0, lockedUntil: null }).where(eq(brugerkoder.citizenId, citizenId));
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
      and(eq(brugerkoder.citizenId, citizenId), sql`(${brugerkoder.lockedUntil} is null or ${brugerkoder.lockedUntil} <= ${now.toISOString()}::timestamptz)`),
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
 * go, every session ends, and the deletion is audit-logged with the receipt's reference in
 * the entry's details, where support can find it. Returns that reference (`SA-…`, not
 * guessable) and the time, or null when there was no active profile.
 */
export async function deleteAccess({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<{ reference: string; deletedAt: Date } | null> {
  return db().transaction(async (tx) => {
    const deleted = await tx
      .update(jobnetProfiles)
      .set({ deletedAt: now })
      .where(and(eq(jobnetProfiles.citizenId, citizenId), isNull(jobnetProfiles.deletedAt)))
      .returning({ id: jobnetProfiles.id });
    if (deleted.length === 0) return null;
    const removedCodes = await tx.delete(brugerkoder).where(eq(brugerkoder.citizenId, citizenId)).returning({ id: brugerkoder.citizenId });
    await endAllCitizenSessions({ citizenId, reason: "access deleted", now, tx });
    const reference = newReceiptReference("accessDeletion");
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: "citizen",
      actorId: citizenId,
      action: "profile.deleted",
      subjectCitizenId: citizenId,
      reason: "deleted by the citizen",
      details: { brugerkoderRemoved: removedCodes.length > 0, [DELETION_RECEIPT_DETAIL]: reference },
    });
    return { reference, deletedAt: now };
  });
}

/** The next free username for a name: "carl.ny", then "carl.ny2", "carl.ny3", … */
async function freeUsername(tx: Transaction, name: string): Promise<string> {
  const base = usernameBase(name);
  const taken = new Set(
    (
      await tx
        .select({ username: brugerkoder.username })
        .from(brugerkoder)
        .where(like(brugerkoder.username, `${base}%`))
    ).map((row) => row.username),
  );
  if (!taken.has(base)) return base;
  for (let number = 2; ; number++) if (!taken.has(`${base}${number}`)) return `${base}${number}`;
}

/** A fresh one-time password: returned once in clear, stored only as a hash, valid for 7 days. */
async function oneTimePassword(now: Date) {
  const password = newOneTimePassword();
  return {
    password,
    columns: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      passwordExpiresAt: new Date(now.getTime() + ONE_TIME_PASSWORD_DAYS * DAY_MS),
      failedAttempts: 0,
      lockedUntil: null,
    },
  };
}

/**
 * Sets or clears the brugerkode flag (the jobcenter's judgement), with a reason, audit-logged.
 * Setting it for a citizen without brugerkoder gives them a username, and — when `issuePassword`
 * (a caseworker at the screen) — a one-time password, shown once. Clearing it ends every
 * brugerkode session. Refused (ConflictError) for a citizen without a Jobnet profile.
 */
export async function setBrugerkodeFlag({
  citizenId,
  flagged,
  reason,
  actor,
  issuePassword = false,
  now = new Date(),
}: {
  citizenId: string;
  flagged: boolean;
  reason: string;
  actor: Actor;
  issuePassword?: boolean;
  now?: Date;
}): Promise<{ changed: boolean; username: string | null; oneTimePassword: string | null }> {
  const fresh = issuePassword && flagged ? await oneTimePassword(now) : null;
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor, citizenId, action: "set_brugerkode_flag" });
    const [citizen] = await tx
      .select({
        name: citizens.name,
        profileId: jobnetProfiles.id,
        username: brugerkoder.username,
        current: brugerkoder.flagged,
        hasPassword: sql<boolean>`${brugerkoder.passwordHash} is not null`,
      })
      .from(citizens)
      .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
      .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
      .where(eq(citizens.id, citizenId));
    if (!citizen) throw new NotFoundError("citizen");
    if (!citizen.profileId) throw new ConflictError("errors.noProfile", "the citizen has no Jobnet profile");
    if (citizen.current === flagged) return { changed: false, username: citizen.username, oneTimePassword: null };

    const flagColumns = { flagged, flagChangedByKind: actor.kind, flagChangedById: actor.id, flagChangedAt: now };
    let username = citizen.username;
    let issued: string | null = null;
    if (username === null) {
      username = await freeUsername(tx, citizen.name);
      await tx.insert(brugerkoder).values({ citizenId, username, createdAt: now, ...flagColumns, ...(fresh?.columns ?? {}) });
      issued = fresh?.password ?? null;
      await recordAuditEntry(tx, {
        occurredAt: now,
        actorKind: actor.kind,
        actorId: actor.id,
        action: "brugerkode.created",
        subjectCitizenId: citizenId,
        reason,
      });
    } else {
      const givePassword = fresh && !citizen.hasPassword;
      await tx
        .update(brugerkoder)
        .set({ ...flagColumns, ...(givePassword ? fresh.columns : {}) })
        .where(eq(brugerkoder.citizenId, citizenId));
      issued = givePassword ? fresh.password : null;
    }
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: actor.kind,
      actorId: actor.id,
      action: flagged ? "brugerkode_flag.set" : "brugerkode_flag.removed",
      subjectCitizenId: citizenId,
      reason,
    });
    if (!flagged) await endAllCitizenSessions({ citizenId, reason: "brugerkode flag removed", now, tx });
    return { changed: true, username, oneTimePassword: issued };
  });
}

/**
 * A jobcenter creates a Jobnet profile with brugerkoder on a citizen's behalf: the citizen
 * (added by CPR when Jobnet does not know them), the profile, the flag, a username and a
 * one-time password, all in one transaction and audit-logged. A citizen no jobcenter has
 * registered yet becomes the caseworker's jobcenter's; another jobcenter's citizen is refused
 * (CitizenOutOfScopeError), as is one who already has a profile (ConflictError).
 */
export async function createProfileWithBrugerkoder({
  cpr,
  name,
  reason,
  actor,
  now = new Date(),
}: {
  cpr: string;
  name: string;
  reason: string;
  actor: Actor;
  now?: Date;
}): Promise<{ citizenId: string; username: string; oneTimePassword: string }> {
  const fresh = await oneTimePassword(now);
  return db().transaction(async (tx) => {
    const jobcenter = actor.kind === "staff" && actor.id ? ((await staffReach(tx, actor.id))?.jobcenter ?? null) : null;
    await tx.insert(citizens).values({ cpr, name, jobcenter }).onConflictDoNothing({ target: citizens.cpr });
    const [citizen] = await tx.select({ id: citizens.id, name: citizens.name, jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.cpr, cpr));
    // A citizen Jobnet knew without a jobcenter is registered at the caseworker's now.
    if (citizen.jobcenter === null && jobcenter !== null) await tx.update(citizens).set({ jobcenter }).where(eq(citizens.id, citizen.id));
    await assertMayReachCitizen(tx, { actor, citizenId: citizen.id, action: "create_profile_with_brugerkoder" });
    const profile = await tx
      .insert(jobnetProfiles)
      .values({ citizenId: citizen.id, createdVia: "jobcenter", createdAt: now })
      .onConflictDoNothing()
      .returning({ id: jobnetProfiles.id });
    if (profile.length === 0) throw new ConflictError("errors.hasProfile", "the citizen already has a Jobnet profile");
    // Brugerkoder left from an earlier, deleted profile go; the new ones replace them.
    await tx.delete(brugerkoder).where(eq(brugerkoder.citizenId, citizen.id));
    const username = await freeUsername(tx, citizen.name);
    await tx.insert(brugerkoder).values({
      citizenId: citizen.id,
      username,
      createdAt: now,
      flagged: true,
      flagChangedByKind: actor.kind,
      flagChangedById: actor.id,
      flagChangedAt: now,
      ...fresh.columns,
    });
    for (const action of ["profile.created", "brugerkode.created", "brugerkode_flag.set"] as const) {
      await recordAuditEntry(tx, { occurredAt: now, actorKind: actor.kind, actorId: actor.id, action, subjectCitizenId: citizen.id, reason });
    }
    return { citizenId: citizen.id, username, oneTimePassword: fresh.password };
  });
}

/**
 * Support's `Dan ny adgangskode` (R1.1b): a one-time password, only for a flagged citizen
 * with an active profile; anyone else is refused (ConflictError "onlyMitid") and nothing
 * changes. Audit-logged.
 */
export async function issueOneTimePassword({
  citizenId,
  actor,
  now = new Date(),
}: {
  citizenId: string;
  actor: Actor;
  now?: Date;
}): Promise<{ username: string; oneTimePassword: string }> {
  const fresh = await oneTimePassword(now);
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor, citizenId, action: "issue_one_time_password" });
    const [row] = await tx
      .select({ username: brugerkoder.username, flagged: brugerkoder.flagged, profileId: jobnetProfiles.id })
      .from(citizens)
      .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
      .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
      .where(eq(citizens.id, citizenId));
    if (!row) throw new NotFoundError("citizen");
    if (!row.flagged || !row.username || !row.profileId) throw new ConflictError("errors.onlyMitid", "the citizen may only log in with MitID");
    await tx.update(brugerkoder).set(fresh.columns).where(eq(brugerkoder.citizenId, citizenId));
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: actor.kind,
      actorId: actor.id,
      action: "brugerkode.password_reset",
      subjectCitizenId: citizenId,
      reason: "Dan ny adgangskode",
    });
    return { username: row.username, oneTimePassword: fresh.password };
  });
}

/** Only a citizen who must replace a one-time password may choose a new one without the current one (403). */
export class PasswordChangeRefusedError extends AppError {
  constructor(messageKey: "errors.noPasswordToReplace" | "errors.currentPasswordWrong") {
    super(403, messageKey, "the password change was refused");
  }
}

/**
 * The citizen chooses their own password (checked by the caller against the password
 * rules). Without the current password only a citizen who must replace a one-time password
 * may; anyone else must give their current one. Anything else is refused
 * (PasswordChangeRefusedError, logged with the citizen id only), and a wrong current
 * password counts as a failed login on the username. The check and the change are one
 * transaction, with the row locked.
 */
export async function changeOwnPassword({
  citizenId,
  password,
  currentPassword,
  now = new Date(),
}: {
  citizenId: string;
  password: string;
  currentPassword?: string;
  now?: Date;
}): Promise<void> {
  const passwordHash = await hashPassword(password);
  const refusal = await db().transaction(async (tx) => {
    const [codes] = await tx
      .select({ passwordHash: brugerkoder.passwordHash, mustChangePassword: brugerkoder.mustChangePassword, flagged: brugerkoder.flagged })
      .from(brugerkoder)
      .where(eq(brugerkoder.citizenId, citizenId))
      .for("update");
    if (!codes?.flagged) return "errors.noPasswordToReplace" as const;
    if (!codes.mustChangePassword) {
      if (currentPassword === undefined) return "errors.noPasswordToReplace" as const;
      if (!codes.passwordHash || !(await verifyPassword(codes.passwordHash, currentPassword))) return "errors.currentPasswordWrong" as const;
    }
    await tx
      .update(brugerkoder)
      .set({ passwordHash, mustChangePassword: false, passwordExpiresAt: null, passwordChangedAt: now })
      .where(eq(brugerkoder.citizenId, citizenId));
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: "citizen",
      actorId: citizenId,
      action: "brugerkode.password_changed",
      subjectCitizenId: citizenId,
    });
    return null;
  });
  if (!refusal) return;
  log.warn("password_change_refused", { citizenId, reason: refusal });
  if (refusal === "errors.currentPasswordWrong") await recordBrugerkodeFailure({ citizenId, now });
  throw new PasswordChangeRefusedError(refusal);
}

export interface ConversionCounts {
  /** Brugerkode users who never logged in with MitID/NemID: the flag is set. */
  flagSet: number;
  /** Brugerkode users who have logged in with MitID/NemID: the flag is removed. */
  flagRemoved: number;
  /** Already as the release wants them. */
  unchanged: number;
  /** Brugerkoder without an active Jobnet profile, left alone. */
  withoutProfile: number;
}

/**
 * The release conversion (R1.1c): every citizen with brugerkoder who never logged in with
 * MitID/NemID gets the flag; everyone who did loses it. One transaction, every change
 * audit-logged with the conversion as actor; a second run finds nothing to change. With
 * `dryRun` it only counts.
 */
export async function convertBrugerkodeFlags({ dryRun, now = new Date() }: { dryRun: boolean; now?: Date }): Promise<ConversionCounts> {
  return db().transaction(async (tx) => {
    const rows = await tx
      .select({
        citizenId: brugerkoder.citizenId,
        flagged: brugerkoder.flagged,
        profileId: jobnetProfiles.id,
        lastMitidLoginAt: jobnetProfiles.lastMitidLoginAt,
      })
      .from(brugerkoder)
      .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, brugerkoder.citizenId), isNull(jobnetProfiles.deletedAt)));
    const counts: ConversionCounts = { flagSet: 0, flagRemoved: 0, unchanged: 0, withoutProfile: 0 };
    for (const row of rows) {
      if (!row.profileId) {
        counts.withoutProfile++;
        continue;
      }
      const usedMitid = row.lastMitidLoginAt !== null;
      if (row.flagged !== usedMitid) {
        counts.unchanged++;
        continue;
      }
      const flagged = !usedMitid;
      if (flagged) counts.flagSet++;
      else counts.flagRemoved++;
      if (dryRun) continue;
      await tx
        .update(brugerkoder)
        .set({ flagged, flagChangedByKind: "conversion", flagChangedById: null, flagChangedAt: now })
        .where(eq(brugerkoder.citizenId, row.citizenId));
      await recordAuditEntry(tx, {
        occurredAt: now,
        actorKind: "conversion",
        actorId: "release-2022-1",
        action: flagged ? "brugerkode_flag.set" : "brugerkode_flag.removed",
        subjectCitizenId: row.citizenId,
        reason: flagged ? "Release 2022-1: har ikke logget ind med MitID/NemID" : "Release 2022-1: har logget ind med MitID/NemID",
      });
      if (!flagged) await endAllCitizenSessions({ citizenId: row.citizenId, reason: "brugerkode flag removed", now, tx });
    }
    return counts;
  });
}

/**
 * A jobcenter system registers a citizen at a jobcenter (PersonAdminService). Jobnet learns
 * of the citizen (or their current name), records the jobcenter as theirs (which decides
 * which caseworkers reach them) and logs who registered them where.
 */
export async function registerCitizenAtJobcenter({
  cpr,
  name,
  jobcenter,
  actor,
  now = new Date(),
}: {
  cpr: string;
  name: string;
  jobcenter: string;
  actor: Actor;
  now?: Date;
}): Promise<{ citizenId: string; created: boolean; hasProfile: boolean }> {
  return db().transaction(async (tx) => {
    const inserted = await tx
      .insert(citizens)
      .values({ cpr, name, jobcenter, createdAt: now })
      .onConflictDoNothing({ target: citizens.cpr })
      .returning({ id: citizens.id });
    // Registering at a jobcenter makes the citizen that jobcenter's, also when they move.
    const [citizen] = await tx.update(citizens).set({ name, jobcenter }).where(eq(citizens.cpr, cpr)).returning({ id: citizens.id });
    const [profile] = await tx
      .select({ id: jobnetProfiles.id })
      .from(jobnetProfiles)
      .where(and(eq(jobnetProfiles.citizenId, citizen.id), isNull(jobnetProfiles.deletedAt)));
    await recordAuditEntry(tx, {
      occurredAt: now,
      actorKind: actor.kind,
      actorId: actor.id,
      action: "citizen.registered",
      subjectCitizenId: citizen.id,
      reason: `Tilmeldt ${jobcenter}`,
      details: { jobcenter },
    });
    return { citizenId: citizen.id, created: inserted.length === 1, hasProfile: profile !== undefined };
  });
}
