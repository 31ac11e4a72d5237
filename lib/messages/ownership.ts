import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { beskeder, type Besked } from "@/db/schema";
import { log } from "@/lib/log";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `beskedId` is written as a message's id can be; anything else names no message. */
export function isBeskedId(beskedId: string): boolean {
  return UUID.test(beskedId);
}

/**
 * The citizen's own message `beskedId`, or null. Another citizen's message is treated as not
 * there (404, never 403), and the attempt is logged like every refused reach: who, what, whose
 * citizen id — never what the message says. With `lock`, the row is locked for the caller's
 * transaction; only a row of the citizen's own is ever locked, since the citizen is part of the
 * locking query. Another citizen's row is only looked up, without a lock, to log the denial.
 */
export async function ownBesked(
  executor: Executor,
  { citizenId, beskedId, action, lock = false }: { citizenId: string; beskedId: string; action: string; lock?: boolean },
): Promise<Besked | null> {
  if (!isBeskedId(beskedId)) return null;
  const query = executor
    .select()
    .from(beskeder)
    .where(and(eq(beskeder.id, beskedId), eq(beskeder.citizenId, citizenId)));
  const [besked] = lock ? await query.for("update") : await query;
  if (besked) return besked;
  const [other] = await executor.select({ citizenId: beskeder.citizenId }).from(beskeder).where(eq(beskeder.id, beskedId));
  if (other) log.warn("citizen_access_denied", { actorKind: "citizen", actorId: citizenId, action, citizenId: other.citizenId, beskedId });
  return null;
}
