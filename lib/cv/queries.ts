import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens, cvs, type ContactGroup, type Cv } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

/** The citizen's CV as the page shows it, with their contact group as the database holds it now (the rule of lib/cv/searchable.ts depends on it). */
export interface CvWithContactGroup {
  contactGroup: ContactGroup;
  /** Null while the citizen has no CV yet. */
  cv: Cv | null;
}

/**
 * The logged-in citizen's own CV and their contact group now, read together, so the page
 * decides what the citizen may do from the group the jobcenter has given them at this moment.
 * Throws NotFoundError for a citizen who does not exist.
 */
export async function getCv({ citizenId }: { citizenId: string }): Promise<CvWithContactGroup> {
  const [row] = await db()
    .select({ contactGroup: citizens.contactGroup, cv: cvs })
    .from(citizens)
    .leftJoin(cvs, eq(cvs.citizenId, citizens.id))
    .where(eq(citizens.id, citizenId));
  if (!row) throw new NotFoundError("citizen");
  return row;
}
