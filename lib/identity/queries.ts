import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { brugerkoder, citizens, jobnetProfiles } from "@/db/schema";

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
