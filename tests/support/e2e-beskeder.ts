import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens } from "@/db/schema";
import { sendBesked, type BeskedLetter } from "@/lib/messages/mutations";
import type { StoettebehovKode } from "@/lib/plans/stoettebehov";

/**
 * Sends a fixture citizen a message about støttebehov through sendBesked, as the plans' publishing
 * does, so the browser tests of `Min beskedbakke` need not publish a plan. For /api/e2e/beskeder only.
 */
export async function sendE2eBesked({
  cpr,
  kind,
  stoettebehov,
}: {
  cpr: string;
  kind: BeskedLetter["kind"];
  stoettebehov: readonly StoettebehovKode[];
}): Promise<{ id: string; citizenId: string } | null> {
  const [citizen] = await db().select({ id: citizens.id, jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.cpr, cpr));
  if (!citizen) return null;
  const planId = crypto.randomUUID();
  const letter: BeskedLetter = { kind, planId, planVersion: 1, jobcenter: citizen.jobcenter ?? "Jobcenter København", stoettebehov };
  const { id } = await db().transaction((tx) =>
    sendBesked(tx, { citizenId: citizen.id, letter, dedupeKey: `e2e:${planId}`, actor: { kind: "system", id: null } }),
  );
  return { id, citizenId: citizen.id };
}
