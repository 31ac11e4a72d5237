import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { beskeder, citizens } from "@/db/schema";

/** The beskeder a fixture citizen has been sent, oldest first: kind, plan version and støttebehov codes; for /api/e2e/plan-beskeder only. */
export async function listE2eBeskeder({ cpr }: { cpr: string }) {
  return db()
    .select({ kind: beskeder.kind, params: beskeder.params })
    .from(beskeder)
    .innerJoin(citizens, eq(citizens.id, beskeder.citizenId))
    .where(eq(citizens.cpr, cpr))
    .orderBy(asc(beskeder.createdAt))
    .then((rows) => rows.map((row) => ({ kind: row.kind, planVersion: row.params.planVersion, stoettebehov: row.params.stoettebehov })));
}
