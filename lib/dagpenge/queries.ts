import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { dagpengeFigures, type DagpengeFigures } from "@/db/schema";

/**
 * The citizen's own Dagpengetælleren figures as last reported (hours, and days as
 * `yyyy-mm-dd`), or null when none have been reported.
 */
export async function getDagpengeFigures({ citizenId }: { citizenId: string }): Promise<DagpengeFigures | null> {
  const [row] = await db().select().from(dagpengeFigures).where(eq(dagpengeFigures.citizenId, citizenId));
  return row ?? null;
}
