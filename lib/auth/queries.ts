import "server-only";
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { brugerkoder, citizenSessions, citizens, jobnetProfiles, loginAddressFailures, type ContactGroup } from "@/db/schema";
import { ADDRESS_WINDOW_MS } from "./throttle";

export interface ActiveCitizenSession {
  sessionId: string;
  citizenId: string;
  name: string;
  /** The citizen's kontaktgruppe now (read with the session, so a change at the jobcenter shows at once): which tools apply. */
  contactGroup: ContactGroup;
  method: "mitid" | "brugerkode";
  /** Logged in with a one-time password: the citizen must choose their own before anything else. */
  mustChangePassword: boolean;
}

/**
 * The session behind a cookie, if it still counts: not ended, not past its absolute
 * expiry, its citizen still has an active Jobnet profile, and (for a brugerkode login)
 * the brugerkode flag is still set.
 */
export async function findActiveCitizenSession({ sessionId, now = new Date() }: { sessionId: string; now?: Date }): Promise<ActiveCitizenSession | null> {
  const [row] = await db()
    .select({
      sessionId: citizenSessions.id,
      citizenId: citizenSessions.citizenId,
      name: citizens.name,
      contactGroup: citizens.contactGroup,
      method: citizenSessions.method,
      mustChangePassword: sql<boolean>`coalesce(${citizenSessions.method} = 'brugerkode' and ${brugerkoder.mustChangePassword}, false)`,
    })
    .from(citizenSessions)
    .innerJoin(citizens, eq(citizens.id, citizenSessions.citizenId))
    .innerJoin(jobnetProfiles, and(eq(jobnetProfiles.citizenId, citizens.id), isNull(jobnetProfiles.deletedAt)))
    .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
    .where(
      and(
        eq(citizenSessions.id, sessionId),
        isNull(citizenSessions.endedAt),
        gt(citizenSessions.expiresAt, now),
        // A brugerkode session also needs the flag still set: removing it ends the session
        // even if some path forgot to end the session rows.
        or(eq(citizenSessions.method, "mitid"), eq(brugerkoder.flagged, true)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** How many failed brugerkode logins a client address has in its current 15-minute window. */
export async function countAddressFailures({ addressHash, now = new Date() }: { addressHash: string; now?: Date }): Promise<number> {
  const [row] = await db()
    .select({ failures: loginAddressFailures.failures, windowStartedAt: loginAddressFailures.windowStartedAt })
    .from(loginAddressFailures)
    .where(eq(loginAddressFailures.addressHash, addressHash));
  if (!row || now.getTime() - row.windowStartedAt.getTime() >= ADDRESS_WINDOW_MS) return 0;
  return row.failures;
}
