import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { citizenSessions, jobnetProfiles, loginAddressFailures, usedLoginTokens, type LoginMethod } from "@/db/schema";
import { ABSOLUTE_TIMEOUT_SECONDS } from "./session-token";
import { ADDRESS_WINDOW_MS } from "./throttle";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens a session for a citizen who has just logged in; a MitID login is also noted on the
 * profile (the release conversion, R1.1c, reads it). Sessions that expired over a week ago
 * are cleared out on the way.
 */
export async function createCitizenSession({
  citizenId,
  method,
  now = new Date(),
}: {
  citizenId: string;
  method: LoginMethod;
  now?: Date;
}): Promise<{ sessionId: string; expiresAt: Date }> {
  const sessionId = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_SECONDS * 1000);
  await db().transaction(async (tx) => {
    await tx.delete(citizenSessions).where(lt(citizenSessions.expiresAt, new Date(now.getTime() - 7 * DAY_MS)));
    await tx.insert(citizenSessions).values({ id: sessionId, citizenId, method, createdAt: now, expiresAt });
    if (method === "mitid") {
      await tx
        .update(jobnetProfiles)
        .set({ lastMitidLoginAt: now })
        .where(and(eq(jobnetProfiles.citizenId, citizenId), isNull(jobnetProfiles.deletedAt)));
    }
  });
  return { sessionId, expiresAt };
}

/** Ends one session (the citizen logged out). */
export async function endCitizenSession({ sessionId, reason, now = new Date() }: { sessionId: string; reason: string; now?: Date }): Promise<void> {
  await db()
    .update(citizenSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(citizenSessions.id, sessionId), isNull(citizenSessions.endedAt)));
}

/**
 * Ends every open session of a citizen, on every device: each is refused on its next
 * request. Used when access is deleted or the brugerkode flag is removed.
 */
export async function endAllCitizenSessions({
  citizenId,
  reason,
  now = new Date(),
  tx = db(),
}: {
  citizenId: string;
  reason: string;
  now?: Date;
  /** The caller's transaction, when the sessions must end together with another change. */
  tx?: Executor;
}): Promise<number> {
  const ended = await tx
    .update(citizenSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(citizenSessions.citizenId, citizenId), isNull(citizenSessions.endedAt)))
    .returning({ id: citizenSessions.id });
  return ended.length;
}

/** Counts a failed brugerkode login against a client address, starting a new window when the old one has passed. */
export async function recordAddressFailure({ addressHash, now = new Date() }: { addressHash: string; now?: Date }): Promise<void> {
  // Times go into raw SQL as ISO strings: drizzle hands raw parameters to the driver untouched.
  const windowExpired = sql`${loginAddressFailures.windowStartedAt} <= ${new Date(now.getTime() - ADDRESS_WINDOW_MS).toISOString()}::timestamptz`;
  await db()
    .insert(loginAddressFailures)
    .values({ addressHash, windowStartedAt: now, failures: 1 })
    .onConflictDoUpdate({
      target: loginAddressFailures.addressHash,
      set: {
        failures: sql`case when ${windowExpired} then 1 else ${loginAddressFailures.failures} + 1 end`,
        windowStartedAt: sql`case when ${windowExpired} then ${now.toISOString()}::timestamptz else ${loginAddressFailures.windowStartedAt} end`,
      },
    });
}

/**
 * Marks a pending-login token as used. Returns false when it was used before, so each
 * token works once, however many app instances see it.
 */
export async function consumeLoginToken({ tokenId, now = new Date() }: { tokenId: string; now?: Date }): Promise<boolean> {
  await db()
    .delete(usedLoginTokens)
    .where(lt(usedLoginTokens.usedAt, new Date(now.getTime() - DAY_MS)));
  const inserted = await db().insert(usedLoginTokens).values({ id: tokenId, usedAt: now }).onConflictDoNothing().returning({ id: usedLoginTokens.id });
  return inserted.length === 1;
}
