import "server-only";
import { db } from "@/db/client";
import { jobAds, type NewJobAd } from "@/db/schema";

/** Publishes one job ad (job ads are public data); returns its id. Used by the browser tests' server to publish an ad a job agent should find. */
export async function publishJobAd(ad: NewJobAd): Promise<{ id: number }> {
  const [row] = await db().insert(jobAds).values(ad).returning({ id: jobAds.id });
  return row;
}
