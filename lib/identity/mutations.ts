import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { brugerkoder, jobnetProfiles } from "@/db/schema";

/** Notes that a citizen logged in with MitID; the release conversion (R1.1c) reads it. */
export async function recordMitidLogin({ profileId, now = new Date() }: { profileId: string; now?: Date }): Promise<void> {
  await db().update(jobnetProfiles).set({ lastMitidLoginAt: now }).where(eq(jobnetProfiles.id, profileId));
}

/** Notes a successful brugerkode login. */
export async function recordBrugerkodeLogin({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<void> {
  await db().update(brugerkoder).set({ lastLoginAt: now, failedAttempts: 0 }).where(eq(brugerkoder.citizenId, citizenId));
}
