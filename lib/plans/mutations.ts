import "server-only";
import { db, type Transaction } from "@/db/client";
import type { PlanKind } from "@/db/schema";
import { assertCaseworkerOfCitizen } from "@/lib/identity/scope";
import type { PlanDraftInput } from "./schema";
import { createPlanIn, deleteStoettebehovIn, publishDraftIn, saveDraftIn } from "./versions";

// The caseworker's changes to a citizen's plans (R4.1). Each is one transaction that first
// checks that the staff member has the caseworker role and the citizen is their own
// jobcenter's — the support role reaches no plan (a refusal is logged and is a 403), then makes one version (lib/plans/versions.ts). A plan id that is not the
// citizen's is not found (404).

function asStaff<T>({ citizenId, staffId, action }: { citizenId: string; staffId: string; action: string }, run: (tx: Transaction) => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await assertCaseworkerOfCitizen(tx, { actor: { kind: "staff", id: staffId }, citizenId, action });
    return run(tx);
  });
}

/** `Opret plan`: a new jobplan or uddannelsesplan for the citizen, as an empty draft. */
export async function createPlan({
  citizenId,
  kind,
  staffId,
  now = new Date(),
}: {
  citizenId: string;
  kind: PlanKind;
  staffId: string;
  now?: Date;
}): Promise<{ planId: string; version: number }> {
  return asStaff({ citizenId, staffId, action: "create_plan" }, (tx) => createPlanIn(tx, { citizenId, kind, staffId, now }));
}

/** `Gem kladde`: the draft as the caseworker wrote it, as a new version made from the one their form showed. */
export async function savePlanDraft({
  input,
  staffId,
  now = new Date(),
}: {
  input: PlanDraftInput;
  staffId: string;
  now?: Date;
}): Promise<{ version: number; changed: boolean }> {
  const content = {
    step: input.step ? Number(input.step) : null,
    goal: input.goal,
    indsats: input.indsats,
    offers: input.offers,
    stoettebehov: input.stoettebehov,
  };
  return asStaff({ citizenId: input.citizenId, staffId, action: "save_plan_draft" }, (tx) =>
    saveDraftIn(tx, { citizenId: input.citizenId, planId: input.planId, kind: input.kind, fromVersion: input.version, content, staffId, now }),
  );
}

/** `Offentliggør`: the draft the form showed becomes what the citizen sees; sent twice, it is published once (R4.1). */
export async function publishPlanDraft({
  citizenId,
  planId,
  version,
  staffId,
  now = new Date(),
}: {
  citizenId: string;
  planId: string;
  version: number;
  staffId: string;
  now?: Date;
}): Promise<{ version: number; created: boolean }> {
  return asStaff({ citizenId, staffId, action: "publish_plan" }, (tx) => publishDraftIn(tx, { citizenId, planId, draftVersion: version, staffId, now }));
}

/** `Slet støttebehov`: a published uddannelsesplan without its støttebehov, and the citizen told it is annulled (R4.1). */
export async function deletePlanStoettebehov({
  citizenId,
  planId,
  version,
  staffId,
  now = new Date(),
}: {
  citizenId: string;
  planId: string;
  version: number;
  staffId: string;
  now?: Date;
}): Promise<{ version: number; created: boolean }> {
  return asStaff({ citizenId, staffId, action: "delete_plan_stoettebehov" }, (tx) =>
    deleteStoettebehovIn(tx, { citizenId, planId, fromVersion: version, staffId, now }),
  );
}
