import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { citizenSessions, type LoginMethod } from "@/db/schema";
import { ABSOLUTE_TIMEOUT_SECONDS } from "./session-token";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Opens a session for a citizen who has just logged in, and clears out sessions that expired over a week ago. */
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
  });
  return { sessionId, expiresAt };
}

/** Ends one session (the citizen logged out). */
export async function endCitizenSession({
  sessionId,
  reason,
  now = new Date(),
}: {
  sessionId: string;
  reason: string;
  now?: Date;
}): Promise<void> {
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
}: {
  citizenId: string;
  reason: string;
  now?: Date;
}): Promise<number> {
  const ended = await db()
    .update(citizenSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(citizenSessions.citizenId, citizenId), isNull(citizenSessions.endedAt)))
    .returning({ id: citizenSessions.id });
  return ended.length;
}
