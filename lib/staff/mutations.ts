import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { staffSessions } from "@/db/schema";
import { STAFF_ABSOLUTE_TIMEOUT_SECONDS } from "@/lib/auth/session-token";

/** Opens a staff session (8 hours at most) after a MitID Erhverv login. */
export async function createStaffSession({ staffId, now = new Date() }: { staffId: string; now?: Date }): Promise<{ sessionId: string }> {
  const sessionId = randomBytes(32).toString("base64url");
  await db()
    .insert(staffSessions)
    .values({ id: sessionId, staffId, createdAt: now, expiresAt: new Date(now.getTime() + STAFF_ABSOLUTE_TIMEOUT_SECONDS * 1000) });
  return { sessionId };
}

export async function endStaffSession({ sessionId, reason, now = new Date() }: { sessionId: string; reason: string; now?: Date }): Promise<void> {
  await db()
    .update(staffSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.endedAt)));
}
