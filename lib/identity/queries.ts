import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiClients, auditLog, brugerkoder, citizens, jobnetProfiles, staff } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { NotFoundError } from "@/lib/errors";
import { assertMayReachCitizen } from "./scope";
import { isReceiptReference, type ReceiptFacts } from "@/lib/receipts/reference";
import { DELETION_RECEIPT_DETAIL } from "./deletion-receipt";

export interface CitizenForMitidLogin {
  citizenId: string;
  name: string;
  /** The active Jobnet profile, if the citizen has one. */
  profileId: string | null;
  /** Whether the jobcenter has allowed brugerkode login (the brugerkode flag). */
  brugerkodeFlagged: boolean;
}

/** Looks up the citizen behind a MitID identity, with what decides how their login proceeds. */
export async function findCitizenForMitidLogin({ cpr }: { cpr: string }): Promise<CitizenForMitidLogin | null> {
  const [row] = await db()
    .select({
      citizenId: citizens.id,
      name: citizens.name,
      profileId: jobnetProfiles.id,
      brugerkodeFlagged: brugerkoder.flagged,
    })
    .from(citizens)
    .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
    .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
    .where(eq(citizens.cpr, cpr))
    .limit(1);
  if (!row) return null;
  return { ...row, brugerkodeFlagged: (row.profileId !== null && row.brugerkodeFlagged) ?? false };
}

export interface BrugerkodeForLogin {
  citizenId: string;
  passwordHash: string | null;
  flagged: boolean;
  lockedUntil: Date | null;
  /** A one-time password stops working at this time. */
  passwordExpiresAt: Date | null;
  hasActiveProfile: boolean;
}

/** The brugerkode behind a username (case-insensitive), with what decides whether it may log in. */
export async function findBrugerkodeForLogin({ username }: { username: string }): Promise<BrugerkodeForLogin | null> {
  const [row] = await db()
    .select({
      citizenId: brugerkoder.citizenId,
      passwordHash: brugerkoder.passwordHash,
      flagged: brugerkoder.flagged,
      lockedUntil: brugerkoder.lockedUntil,
      passwordExpiresAt: brugerkoder.passwordExpiresAt,
      profileId: jobnetProfiles.id,
    })
    .from(brugerkoder)
    .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, brugerkoder.citizenId), isNull(jobnetProfiles.deletedAt)))
    .where(eq(brugerkoder.username, username.toLowerCase()))
    .limit(1);
  if (!row) return null;
  const { profileId, ...rest } = row;
  return { ...rest, hasActiveProfile: profileId !== null };
}

/** The citizen's own profile page: who they are and how their profile came to be. */
export async function getProfileOverview({ citizenId }: { citizenId: string }) {
  const [row] = await db()
    .select({ name: citizens.name, createdVia: jobnetProfiles.createdVia, createdAt: jobnetProfiles.createdAt })
    .from(citizens)
    .innerJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
    .where(eq(citizens.id, citizenId));
  return row ?? null;
}

/**
 * The citizen with a CPR number, for staff and system lookups; null when there is none.
 * A citizen the viewer may not reach is refused (CitizenOutOfScopeError, logged).
 */
export async function findCitizenIdByCpr({ cpr, viewer }: { cpr: string; viewer: Actor }): Promise<string | null> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
  if (!row) return null;
  await assertMayReachCitizen(db(), { actor: viewer, citizenId: row.id, action: "find_by_cpr" });
  return row.id;
}

/** The citizen with a brugerkode username (case-insensitive), for support lookups; refused like findCitizenIdByCpr. */
export async function findCitizenIdByUsername({ username, viewer }: { username: string; viewer: Actor }): Promise<string | null> {
  const [row] = await db().select({ id: brugerkoder.citizenId }).from(brugerkoder).where(eq(brugerkoder.username, username.trim().toLowerCase()));
  if (!row) return null;
  await assertMayReachCitizen(db(), { actor: viewer, citizenId: row.id, action: "find_by_username" });
  return row.id;
}

export interface CitizenAdminOverview {
  citizenId: string;
  cpr: string;
  name: string;
  contactGroup: string;
  /** The jobcenter the citizen belongs to; null until one registers them. */
  jobcenter: string | null;
  profile: { createdVia: "mitid" | "jobcenter"; createdAt: Date; lastMitidLoginAt: Date | null } | null;
  brugerkode: {
    username: string;
    flagged: boolean;
    flagChangedByKind: string | null;
    flagChangedAt: Date | null;
    hasPassword: boolean;
    mustChangePassword: boolean;
    passwordExpiresAt: Date | null;
    lockedUntil: Date | null;
    lastLoginAt: Date | null;
  } | null;
}

/**
 * What staff and other systems see of a citizen's access: profile, login methods and the
 * brugerkode flag. Null for an unknown citizen; refused (CitizenOutOfScopeError, logged) for
 * one the viewer may not reach.
 */
export async function getCitizenAdminOverview({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<CitizenAdminOverview | null> {
  try {
    await assertMayReachCitizen(db(), { actor: viewer, citizenId, action: "read_access" });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const [row] = await db()
    .select({
      citizenId: citizens.id,
      cpr: citizens.cpr,
      name: citizens.name,
      contactGroup: citizens.contactGroup,
      jobcenter: citizens.jobcenter,
      profileCreatedVia: jobnetProfiles.createdVia,
      profileCreatedAt: jobnetProfiles.createdAt,
      lastMitidLoginAt: jobnetProfiles.lastMitidLoginAt,
      codes: brugerkoder,
    })
    .from(citizens)
    .leftJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
    .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
    .where(eq(citizens.id, citizenId));
  if (!row) return null;
  const { codes } = row;
  return {
    citizenId: row.citizenId,
    cpr: row.cpr,
    name: row.name,
    contactGroup: row.contactGroup,
    jobcenter: row.jobcenter,
    profile:
      row.profileCreatedVia && row.profileCreatedAt
        ? { createdVia: row.profileCreatedVia, createdAt: row.profileCreatedAt, lastMitidLoginAt: row.lastMitidLoginAt }
        : null,
    brugerkode: codes
      ? {
          username: codes.username,
          flagged: codes.flagged,
          flagChangedByKind: codes.flagChangedByKind,
          flagChangedAt: codes.flagChangedAt,
          hasPassword: codes.passwordHash !== null,
          mustChangePassword: codes.mustChangePassword,
          passwordExpiresAt: codes.passwordExpiresAt,
          lockedUntil: codes.lockedUntil,
          lastLoginAt: codes.lastLoginAt,
        }
      : null,
  };
}

/** A citizen's audit log, newest first, with staff and systems named; for a viewer who may reach the citizen. */
export async function listCitizenAuditEntries({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  await assertMayReachCitizen(db(), { actor: viewer, citizenId, action: "read_history" });
  return db()
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      actorKind: auditLog.actorKind,
      staffName: staff.name,
      apiClientName: apiClients.name,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(staff, and(eq(auditLog.actorKind, "staff"), eq(sql`${auditLog.actorId}`, sql`${staff.id}::text`)))
    .leftJoin(apiClients, and(eq(auditLog.actorKind, "api_client"), eq(sql`${auditLog.actorId}`, sql`${apiClients.id}::text`)))
    .where(eq(auditLog.subjectCitizenId, citizenId))
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id));
}

/** The citizen's brugerkode username, if they have brugerkoder. */
export async function getBrugerkodeUsername({ citizenId }: { citizenId: string }): Promise<string | null> {
  const [row] = await db().select({ username: brugerkoder.username }).from(brugerkoder).where(eq(brugerkoder.citizenId, citizenId));
  return row?.username ?? null;
}

/**
 * The receipt for a deleted access (R1.6), for the citizen it belongs to: its reference and
 * when the access was deleted. Null for a malformed reference (not looked up), an unknown
 * one, or one of another citizen's deletion.
 */
export async function getAccessDeletionReceipt({ citizenId, reference }: { citizenId: string; reference: string }): Promise<ReceiptFacts | null> {
  if (!isReceiptReference("accessDeletion", reference)) return null;
  const [row] = await db()
    .select({ receivedAt: auditLog.occurredAt })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.subjectCitizenId, citizenId),
        eq(auditLog.action, "profile.deleted"),
        sql`${auditLog.details} ->> ${DELETION_RECEIPT_DETAIL}::text = ${reference}`,
      ),
    );
  return row ? { reference, receivedAt: row.receivedAt } : null;
}
