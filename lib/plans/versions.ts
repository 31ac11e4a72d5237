import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { citizens, plans, planVersions, type Plan, type PlanKind, type PlanVersion } from "@/db/schema";
import { AppError, ConflictError } from "@/lib/errors";
import { log } from "@/lib/log";
import { sendBesked } from "@/lib/messages/mutations";
import { stoettebehovKoder, type StoettebehovKode } from "./stoettebehov";

// Every change of a plan, inside the caller's transaction (R4.1). Each makes one new version
// from the plan's latest, which the caller names (the version its form showed): a form from an
// older page is refused, and the same publish sent twice (a double click, two tabs) finds the
// version it already made and makes nothing more. The plan's row is locked first, so changes
// to one plan happen one after the other; the unique index on (plan, made_from) holds the
// rule even so. mutations.ts checks the caseworker's reach before calling these; the seed
// calls them for the demo data.

/** The plan is not this citizen's, or does not exist (404). */
export class PlanNotFoundError extends AppError {
  constructor() {
    super(404, "plans.errors.notFound", "plan not found");
  }
}

/** The form was made for the other kind of plan (409). */
export class PlanKindMismatchError extends ConflictError {
  constructor() {
    super("plans.errors.kindMismatch", "the form's kind of plan is not the plan's");
  }
}

/** The version the form showed is no longer the plan's latest (409). */
export class PlanChangedError extends ConflictError {
  constructor() {
    super("plans.errors.changedElsewhere", "the plan changed since the form was shown");
  }
}

/** The draft lacks what a plan the citizen sees must hold: a goal and an indsats, and an uddannelsesplan its step (422). */
export class PlanDraftIncompleteError extends AppError {
  constructor() {
    super(422, "plans.errors.draftIncomplete", "the draft has no goal, indsats or step to publish");
  }
}

/** Whether a version holds what a published plan must: a goal, an indsats, and for an uddannelsesplan a step. */
export function isPublishable(kind: PlanKind, version: { step: number | null; goal: string; indsats: string }): boolean {
  return version.goal.trim() !== "" && version.indsats.trim() !== "" && (kind !== "uddannelsesplan" || version.step !== null);
}

/** What a version holds. */
export type PlanContent = { step: number | null; goal: string; indsats: string; offers: string; stoettebehov: StoettebehovKode[] };

/** The codes in the fixed order of stoettebehovKoder, each once. */
export function orderedStoettebehov(codes: readonly string[]): StoettebehovKode[] {
  return stoettebehovKoder.filter((code) => codes.includes(code));
}

/**
 * Locks the citizen's plan `planId`. Another citizen's plan is not found, like one that does
 * not exist, and that attempt is logged like every refused reach (who, what, whose citizen id).
 */
async function lockPlan(
  tx: Transaction,
  { citizenId, planId, staffId, action }: { citizenId: string; planId: string; staffId: string; action: string },
): Promise<Plan> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
  if (!plan) throw new PlanNotFoundError();
  if (plan.citizenId !== citizenId) {
    log.warn("citizen_access_denied", { actorKind: "staff", actorId: staffId, action, citizenId: plan.citizenId, planId });
    throw new PlanNotFoundError();
  }
  return plan;
}

async function latestVersion(tx: Transaction, planId: string): Promise<PlanVersion> {
  const [latest] = await tx.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.version)).limit(1);
  return latest;
}

/** The version made from `version`, if one was. */
async function madeFrom(tx: Transaction, planId: string, version: number): Promise<PlanVersion | undefined> {
  const [next] = await tx
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.madeFrom, version)));
  return next;
}

/** The last published version before `version`, if any. */
async function publishedBefore(tx: Transaction, planId: string, version: number): Promise<PlanVersion | undefined> {
  const [previous] = await tx
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.status, "published"), lt(planVersions.version, version)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return previous;
}

async function insertVersion(
  tx: Transaction,
  values: Omit<typeof planVersions.$inferInsert, "id" | "stoettebehov"> & { stoettebehov: StoettebehovKode[] },
): Promise<number> {
  const [row] = await tx.insert(planVersions).values(values).onConflictDoNothing().returning({ version: planVersions.version });
  // The plan is locked, so only a change that slipped past the lock could have made it first.
  if (!row) throw new PlanChangedError();
  return row.version;
}

/**
 * Makes a plan for the citizen: version 1, an empty draft (an uddannelsesplan at step 1). While
 * a plan of the same kind has never been published, another is refused (409): a form sent
 * twice makes one plan.
 */
export async function createPlanIn(
  tx: Transaction,
  { citizenId, kind, staffId, now }: { citizenId: string; kind: PlanKind; staffId: string; now: Date },
): Promise<{ planId: string; version: number }> {
  // The citizen's row is locked so two `Opret plan` at once (a double click without JavaScript,
  // a re-sent form) are checked one after the other: the second finds the first's draft.
  await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId)).for("update");
  const ofKind = await tx
    .select({ id: plans.id, published: sql<number>`count(${planVersions.id}) filter (where ${planVersions.status} = 'published')`.mapWith(Number) })
    .from(plans)
    .leftJoin(planVersions, eq(planVersions.planId, plans.id))
    .where(and(eq(plans.citizenId, citizenId), eq(plans.kind, kind)))
    .groupBy(plans.id);
  if (ofKind.some((plan) => plan.published === 0)) throw new ConflictError("plans.errors.unpublishedPlanExists", "a plan of this kind has only a draft");
  const [plan] = await tx.insert(plans).values({ citizenId, kind, createdAt: now }).returning({ id: plans.id });
  await insertVersion(tx, {
    planId: plan.id,
    version: 1,
    madeFrom: null,
    status: "draft",
    step: kind === "uddannelsesplan" ? 1 : null,
    goal: "",
    indsats: "",
    offers: "",
    stoettebehov: [],
    change: "oprettet",
    createdBy: staffId,
    createdAt: now,
  });
  return { planId: plan.id, version: 1 };
}

/**
 * Saves the caseworker's draft as a new draft version made from `fromVersion`, the plan's
 * latest (a draft, or the published version the caseworker starts changing). A jobplan has no
 * step and no støttebehov; a form for the other kind of plan is refused (409). Saving what is
 * already there, draft or published, makes no version.
 */
export async function saveDraftIn(
  tx: Transaction,
  {
    citizenId,
    planId,
    kind,
    fromVersion,
    content,
    staffId,
    now,
  }: { citizenId: string; planId: string; kind: PlanKind; fromVersion: number; content: PlanContent; staffId: string; now: Date },
): Promise<{ version: number; changed: boolean }> {
  const plan = await lockPlan(tx, { citizenId, planId, staffId, action: "save_plan_draft" });
  // The form says which kind of plan it was made for; a form for the other kind would drop fields silently.
  if (kind !== plan.kind) throw new PlanKindMismatchError();
  const latest = await latestVersion(tx, planId);
  if (latest.version !== fromVersion) throw new PlanChangedError();
  const next: PlanContent =
    plan.kind === "jobplan"
      ? { ...content, step: null, stoettebehov: [] }
      : { ...content, step: content.step ?? latest.step ?? 1, stoettebehov: orderedStoettebehov(content.stoettebehov) };
  // Compared with the latest version whatever its status: saving a published plan unchanged
  // makes no draft (which would hide the published plan's `Slet støttebehov`).
  const unchanged =
    next.step === latest.step &&
    next.goal === latest.goal &&
    next.indsats === latest.indsats &&
    next.offers === latest.offers &&
    next.stoettebehov.join() === latest.stoettebehov.join();
  if (unchanged) return { version: latest.version, changed: false };
  const version = await insertVersion(tx, {
    planId,
    version: latest.version + 1,
    madeFrom: latest.version,
    status: "draft",
    ...next,
    change: "aendret",
    createdBy: staffId,
    createdAt: now,
  });
  return { version, changed: true };
}

/**
 * Publishes the draft `draftVersion`: a published copy of it becomes the plan's newest version,
 * which the citizen sees. Publishing the same draft again returns the version it made
 * (`created: false`) and sends nothing. A draft without a goal or an indsats, or an
 * uddannelsesplan without a step, is refused (PlanDraftIncompleteError). No PDF is made, whatever the step (R4.3). Støttebehov
 * the citizen is told of (R4.1): see notifyStoettebehov.
 */
export async function publishDraftIn(
  tx: Transaction,
  { citizenId, planId, draftVersion, staffId, now }: { citizenId: string; planId: string; draftVersion: number; staffId: string; now: Date },
): Promise<{ version: number; created: boolean }> {
  const plan = await lockPlan(tx, { citizenId, planId, staffId, action: "publish_plan" });
  const latest = await latestVersion(tx, planId);
  if (latest.version !== draftVersion || latest.status !== "draft") {
    const made = await madeFrom(tx, planId, draftVersion);
    if (made?.change === "offentliggjort") return { version: made.version, created: false };
    throw new PlanChangedError();
  }
  if (!isPublishable(plan.kind, latest)) throw new PlanDraftIncompleteError();
  const version = await insertVersion(tx, {
    planId,
    version: latest.version + 1,
    madeFrom: latest.version,
    status: "published",
    step: latest.step,
    goal: latest.goal,
    indsats: latest.indsats,
    offers: latest.offers,
    stoettebehov: orderedStoettebehov(latest.stoettebehov),
    change: "offentliggjort",
    createdBy: staffId,
    createdAt: now,
  });
  await notifyStoettebehov(tx, { plan, version, stoettebehov: orderedStoettebehov(latest.stoettebehov), staffId, now });
  return { version, created: true };
}

/**
 * `Slet støttebehov` on a published uddannelsesplan: a new published version without them,
 * made from `fromVersion`, the plan's latest (a plan with a draft waiting is changed in the
 * draft). The citizen is told the registration is annulled (R4.1). Sent twice, the second
 * makes nothing.
 */
export async function deleteStoettebehovIn(
  tx: Transaction,
  { citizenId, planId, fromVersion, staffId, now }: { citizenId: string; planId: string; fromVersion: number; staffId: string; now: Date },
): Promise<{ version: number; created: boolean }> {
  const plan = await lockPlan(tx, { citizenId, planId, staffId, action: "delete_plan_stoettebehov" });
  const latest = await latestVersion(tx, planId);
  if (latest.version !== fromVersion) {
    const made = await madeFrom(tx, planId, fromVersion);
    if (made?.change === "stoettebehov_slettet") return { version: made.version, created: false };
    throw new PlanChangedError();
  }
  if (plan.kind !== "uddannelsesplan" || latest.status !== "published" || latest.stoettebehov.length === 0) {
    throw new ConflictError("plans.errors.noStoettebehovToDelete", "the plan's latest version has no published støttebehov");
  }
  const version = await insertVersion(tx, {
    planId,
    version: latest.version + 1,
    madeFrom: latest.version,
    status: "published",
    step: latest.step,
    goal: latest.goal,
    indsats: latest.indsats,
    offers: latest.offers,
    stoettebehov: [],
    change: "stoettebehov_slettet",
    createdBy: staffId,
    createdAt: now,
  });
  await notifyStoettebehov(tx, { plan, version, stoettebehov: [], staffId, now });
  return { version, created: true };
}

/**
 * R4.1: a published uddannelsesplan version with støttebehov the previous published version
 * did not have sends the citizen a besked that they are registered; one without støttebehov
 * the previous had, a besked that that registration is annulled. Both in the publishing
 * transaction, each once per plan, version and kind (the dedupe key).
 */
async function notifyStoettebehov(
  tx: Transaction,
  { plan, version, stoettebehov, staffId, now }: { plan: Plan; version: number; stoettebehov: StoettebehovKode[]; staffId: string; now: Date },
): Promise<void> {
  if (plan.kind !== "uddannelsesplan") return;
  const previous = orderedStoettebehov((await publishedBefore(tx, plan.id, version))?.stoettebehov ?? []);
  const registered = stoettebehov.filter((code) => !previous.includes(code));
  const annulled = previous.filter((code) => !stoettebehov.includes(code));
  if (registered.length === 0 && annulled.length === 0) return;
  const [citizen] = await tx.select({ jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.id, plan.citizenId));
  const jobcenter = citizen?.jobcenter ?? "";
  const actor = { kind: "staff" as const, id: staffId };
  for (const [kind, codes] of [
    ["stoettebehov-registreret", registered],
    ["stoettebehov-annulleret", annulled],
  ] as const) {
    if (codes.length === 0) continue;
    await sendBesked(tx, {
      citizenId: plan.citizenId,
      letter: { kind, planId: plan.id, planVersion: version, jobcenter, stoettebehov: codes },
      dedupeKey: `plan:${plan.id}:v${version}:${kind}`,
      actor,
      now,
    });
  }
}
