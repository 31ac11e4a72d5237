import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { planDocuments, plans, planVersions, staff, type PlanChange, type PlanDocumentKind, type PlanKind, type PlanVersionStatus } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { assertCaseworkerOfCitizen } from "@/lib/identity/scope";
import { log } from "@/lib/log";
import { orderedStoettebehov } from "./versions";
import type { StoettebehovKode } from "./stoettebehov";

/** One version of a plan as the pages show it. */
export type PlanVersionView = {
  version: number;
  status: PlanVersionStatus;
  step: number | null;
  goal: string;
  indsats: string;
  offers: string;
  stoettebehov: StoettebehovKode[];
  change: PlanChange;
  createdAt: Date;
};

/** A plan with every version, newest first, for the caseworker: who made each version too. */
export type PlanForCaseworker = {
  id: string;
  kind: PlanKind;
  createdAt: Date;
  versions: (PlanVersionView & { createdByName: string })[];
};

const versionColumns = {
  planId: planVersions.planId,
  version: planVersions.version,
  status: planVersions.status,
  step: planVersions.step,
  goal: planVersions.goal,
  indsats: planVersions.indsats,
  offers: planVersions.offers,
  stoettebehov: planVersions.stoettebehov,
  change: planVersions.change,
  createdAt: planVersions.createdAt,
};

function view<T extends { stoettebehov: string[] }>(row: T): T & { stoettebehov: StoettebehovKode[] } {
  return { ...row, stoettebehov: orderedStoettebehov(row.stoettebehov) };
}

/**
 * A citizen's plans with every version and who made it, for their caseworker (R4.1): only a
 * caseworker of the citizen's own jobcenter (support is not enough; CitizenOutOfScopeError
 * otherwise), and every read is written to the audit log in the same transaction.
 */
export async function listPlansForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<PlanForCaseworker[]> {
  return db().transaction(async (tx) => {
    await assertCaseworkerOfCitizen(tx, { actor: viewer, citizenId, action: "read_plans" });
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "plans.read", subjectCitizenId: citizenId });
    const rows = await tx.select().from(plans).where(eq(plans.citizenId, citizenId)).orderBy(desc(plans.createdAt), desc(plans.id));
    if (rows.length === 0) return [];
    const versions = await tx
      .select({ ...versionColumns, createdByName: staff.name })
      .from(planVersions)
      .innerJoin(staff, eq(staff.id, planVersions.createdBy))
      .where(
        inArray(
          planVersions.planId,
          rows.map((plan) => plan.id),
        ),
      )
      .orderBy(desc(planVersions.version));
    return rows.map((plan) => ({
      id: plan.id,
      kind: plan.kind,
      createdAt: plan.createdAt,
      versions: versions.filter((version) => version.planId === plan.id).map(({ planId: _planId, ...rest }) => view(rest)),
    }));
  });
}

/** The citizen's published versions of every plan, newest first per plan, with the plan's kind. */
async function publishedVersions(citizenId: string) {
  const rows = await db()
    .select({ ...versionColumns, kind: plans.kind, planCreatedAt: plans.createdAt })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(and(eq(plans.citizenId, citizenId), eq(planVersions.status, "published")))
    .orderBy(desc(plans.createdAt), asc(plans.id), desc(planVersions.version));
  return rows.map(view);
}

/** `Min plan` (R4.3): the citizen's own plans as last published, newest plan first; drafts are never shown. */
export async function listCurrentPlans({ citizenId }: { citizenId: string }): Promise<(PlanVersionView & { planId: string; kind: PlanKind })[]> {
  const seen = new Set<string>();
  return (await publishedVersions(citizenId)).filter((row) => !seen.has(row.planId) && Boolean(seen.add(row.planId)));
}

/** `Min historik` (R4.3): the citizen's own earlier published versions, newest first: what changed and when. */
export async function listPlanHistory({ citizenId }: { citizenId: string }): Promise<(PlanVersionView & { planId: string; kind: PlanKind })[]> {
  const seen = new Set<string>();
  return (await publishedVersions(citizenId))
    .filter((row) => seen.has(row.planId) || !seen.add(row.planId))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** `Min historik` (R4.3): the citizen's own documents (PDFs made before the release), newest first, without their bytes. */
export async function listPlanDocuments({
  citizenId,
}: {
  citizenId: string;
}): Promise<{ id: string; kind: PlanDocumentKind; title: string; madeAt: Date; filename: string }[]> {
  return db()
    .select({ id: planDocuments.id, kind: planDocuments.kind, title: planDocuments.title, madeAt: planDocuments.madeAt, filename: planDocuments.filename })
    .from(planDocuments)
    .where(eq(planDocuments.citizenId, citizenId))
    .orderBy(desc(planDocuments.madeAt));
}

/**
 * One of the citizen's own documents with its PDF, or null: an id that is not written as one,
 * no such document, or another citizen's — that attempt is logged like every refused reach
 * (who, what, whose citizen id), and answered as not there.
 */
export async function getPlanDocument({
  citizenId,
  documentId,
}: {
  citizenId: string;
  documentId: string;
}): Promise<{ id: string; title: string; madeAt: Date; filename: string; pdf: Uint8Array } | null> {
  if (!z.uuid().safeParse(documentId).success) return null;
  const [document] = await db().select().from(planDocuments).where(eq(planDocuments.id, documentId));
  if (!document) return null;
  if (document.citizenId !== citizenId) {
    log.warn("citizen_access_denied", { actorKind: "citizen", actorId: citizenId, action: "read_plan_document", citizenId: document.citizenId, documentId });
    return null;
  }
  return { id: document.id, title: document.title, madeAt: document.madeAt, filename: document.filename, pdf: document.pdf };
}
