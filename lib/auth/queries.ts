import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { citizenSessions, citizens, jobnetProfiles } from "@/db/schema";

export interface ActiveCitizenSession {
  sessionId: string;
  citizenId: string;
  name: string;
  method: "mitid" | "brugerkode";
}

/**
 * The session behind a cookie, if it still counts: not ended, not past its absolute
 * expiry, and its citizen still has an active Jobnet profile.
 */
export async function findActiveCitizenSession({
  sessionId,
  now = new Date(),
}: {
  sessionId: string;
  now?: Date;
}): Promise<ActiveCitizenSession | null> {
  const [row] = await db()
    .select({
      sessionId: citizenSessions.id,
      citizenId: citizenSessions.citizenId,
      name: citizens.name,
      method: citizenSessions.method,
    })
    .from(citizenSessions)
    .innerJoin(citizens, eq(citizens.id, citizenSessions.citizenId))
    .innerJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
    .where(and(eq(citizenSessions.id, sessionId), isNull(citizenSessions.endedAt), gt(citizenSessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}
