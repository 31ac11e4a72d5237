import { and, asc, count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, beskeder, citizens, planDocuments, plans, planStoettebehovCodes, planVersions, staff, staffRoles } from "@/db/schema";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import * as letter from "@/lib/pdf/letter";
import { testDatabaseKind, withFreshDatabase } from "@/tests/support/database";
import { createPlan, deletePlanStoettebehov, publishPlanDraft, savePlanDraft } from "./mutations";
import { getPlanDocument, listCurrentPlans, listPlanDocuments, listPlanHistory, listPlansForCaseworker } from "./queries";
import { planDraftSchema } from "./schema";
import { stoettebehovKoder, type StoettebehovKode } from "./stoettebehov";
import { PlanChangedError, PlanKindMismatchError, PlanNotFoundError } from "./versions";

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffId(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}

type Draft = { step?: "1" | "2" | "3" | "4"; stoettebehov?: StoettebehovKode[]; goal?: string };

/** A fresh uddannelsesplan for Bent (København), whose caseworker is Jens; returns what the tests act with. */
async function newPlan(kind: "jobplan" | "uddannelsesplan" = "uddannelsesplan") {
  const citizen = await citizenId("Bent Brugerkode");
  const jens = await staffId("Jens Jobcenter");
  const { planId, version } = await createPlan({ citizenId: citizen, kind, staffId: jens });
  let latest = version;
  return {
    citizen,
    jens,
    planId,
    latest: () => latest,
    async save({ step = "4", stoettebehov = [], goal = "Tømrer" }: Draft = {}) {
      const saved = await savePlanDraft({
        input: {
          citizenId: citizen,
          planId,
          version: latest,
          kind,
          step: kind === "jobplan" ? undefined : step,
          goal,
          indsats: "Brobygning",
          offers: "",
          stoettebehov,
        },
        staffId: jens,
      });
      latest = saved.version;
      return saved;
    },
    async publish(version = latest) {
      const published = await publishPlanDraft({ citizenId: citizen, planId, version, staffId: jens });
      latest = Math.max(latest, published.version);
      return published;
    },
    async deleteStoettebehov(version = latest) {
      const deleted = await deletePlanStoettebehov({ citizenId: citizen, planId, version, staffId: jens });
      latest = Math.max(latest, deleted.version);
      return deleted;
    },
  };
}

async function beskederFor(citizen: string) {
  return db()
    .select({ kind: beskeder.kind, params: beskeder.params, dedupeKey: beskeder.dedupeKey })
    .from(beskeder)
    .where(eq(beskeder.citizenId, citizen))
    .orderBy(asc(beskeder.createdAt), asc(beskeder.dedupeKey));
}

describe("plans are versions", () => {
  test("R4.1 every change is a new version with who, when and the kind of change; the citizen sees the highest published one only", async () => {
    const plan = await newPlan();
    expect(await plan.save({ step: "3", goal: "Tømrer" })).toEqual({ version: 2, changed: true });
    // Saving what is already there makes no version.
    expect(await plan.save({ step: "3", goal: "Tømrer" })).toEqual({ version: 2, changed: false });
    expect(await listCurrentPlans({ citizenId: plan.citizen })).toEqual([]);
    expect(await plan.publish()).toEqual({ version: 3, created: true });
    await plan.save({ step: "4", goal: "Murer" });

    const [current] = await listCurrentPlans({ citizenId: plan.citizen });
    expect(current).toMatchObject({ planId: plan.planId, kind: "uddannelsesplan", version: 3, step: 3, goal: "Tømrer", status: "published" });
    const [forCaseworker] = await listPlansForCaseworker({ citizenId: plan.citizen, viewer: { kind: "staff", id: plan.jens } });
    expect(forCaseworker.versions.map((v) => [v.version, v.change, v.status, v.createdByName])).toEqual([
      [4, "aendret", "draft", "Jens Jobcenter"],
      [3, "offentliggjort", "published", "Jens Jobcenter"],
      [2, "aendret", "draft", "Jens Jobcenter"],
      [1, "oprettet", "draft", "Jens Jobcenter"],
    ]);

    // A second publish: the first published version moves to the citizen's history.
    await plan.publish();
    const history = await listPlanHistory({ citizenId: plan.citizen });
    expect(history.map((v) => [v.planId, v.version, v.goal])).toEqual([[plan.planId, 3, "Tømrer"]]);
    expect((await listCurrentPlans({ citizenId: plan.citizen }))[0]).toMatchObject({ version: 5, goal: "Murer", step: 4 });
  });

  test("R4.1 a form from an older page changes nothing and says the plan changed", async () => {
    const plan = await newPlan();
    await plan.save();
    await expect(
      savePlanDraft({
        input: {
          citizenId: plan.citizen,
          planId: plan.planId,
          version: 1,
          kind: "uddannelsesplan",
          step: "2",
          goal: "x",
          indsats: "y",
          offers: "",
          stoettebehov: [],
        },
        staffId: plan.jens,
      }),
    ).rejects.toBeInstanceOf(PlanChangedError);
    await expect(publishPlanDraft({ citizenId: plan.citizen, planId: plan.planId, version: 1, staffId: plan.jens })).rejects.toBeInstanceOf(PlanChangedError);
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(2);
  });

  test("R4.1 a plan id that is another citizen's is not found, and a caseworker cannot reach another jobcenter's citizen", async () => {
    const plan = await newPlan();
    const birthe = await citizenId("Birthe Brugerkode");
    await expect(publishPlanDraft({ citizenId: birthe, planId: plan.planId, version: 1, staffId: plan.jens })).rejects.toBeInstanceOf(PlanNotFoundError);
    const henrik = await citizenId("Henrik Hansen");
    await expect(createPlan({ citizenId: henrik, kind: "uddannelsesplan", staffId: plan.jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(listPlansForCaseworker({ citizenId: henrik, viewer: { kind: "staff", id: plan.jens } })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    // Birthe's plan id, Henrik's new plan and Henrik's plans: each refusal is logged.
    expect(warnings.filter((line) => line.includes("citizen_access_denied"))).toHaveLength(3);
    expect((await db().select({ n: count() }).from(plans).where(eq(plans.citizenId, henrik)))[0].n).toBe(0);
  });

  test("R4.1 X5 saving, publishing or deleting støttebehov with another citizen's plan id is not found, and each attempt is logged", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["mentor"] });
    await plan.publish();
    const birthe = await citizenId("Birthe Brugerkode");
    await expect(
      savePlanDraft({
        input: {
          citizenId: birthe,
          planId: plan.planId,
          version: plan.latest(),
          kind: "uddannelsesplan",
          step: "2",
          goal: "x",
          indsats: "y",
          offers: "",
          stoettebehov: [],
        },
        staffId: plan.jens,
      }),
    ).rejects.toBeInstanceOf(PlanNotFoundError);
    await expect(deletePlanStoettebehov({ citizenId: birthe, planId: plan.planId, version: plan.latest(), staffId: plan.jens })).rejects.toBeInstanceOf(
      PlanNotFoundError,
    );
    await expect(publishPlanDraft({ citizenId: birthe, planId: plan.planId, version: plan.latest(), staffId: plan.jens })).rejects.toBeInstanceOf(
      PlanNotFoundError,
    );
    const denials = warnings.filter((line) => line.includes("citizen_access_denied"));
    expect(denials).toHaveLength(3);
    for (const denial of denials) {
      expect(denial).toContain(`actorId="${plan.jens}"`);
      expect(denial).toContain(`citizenId="${plan.citizen}"`);
    }
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(3);
  });

  test("R4.1 saving a published plan unchanged makes no draft, so its støttebehov can still be deleted", async () => {
    const plan = await newPlan();
    await plan.save({ step: "3", stoettebehov: ["mentor"] });
    const published = await plan.publish();
    expect(await plan.save({ step: "3", stoettebehov: ["mentor"] })).toEqual({ version: published.version, changed: false });
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(3);
    await expect(plan.deleteStoettebehov()).resolves.toMatchObject({ created: true });
  });

  test("R4.1 a form for the other kind of plan is refused (409) and changes nothing; a jobplan form with a step is invalid", async () => {
    const plan = await newPlan();
    await plan.save({ step: "3", stoettebehov: ["mentor"] });
    await expect(
      savePlanDraft({
        input: { citizenId: plan.citizen, planId: plan.planId, version: plan.latest(), kind: "jobplan", goal: "x", indsats: "y", offers: "", stoettebehov: [] },
        staffId: plan.jens,
      }),
    ).rejects.toBeInstanceOf(PlanKindMismatchError);
    await expect(
      savePlanDraft({
        input: { citizenId: plan.citizen, planId: plan.planId, version: plan.latest(), kind: "jobplan", goal: "x", indsats: "y", offers: "", stoettebehov: [] },
        staffId: plan.jens,
      }),
    ).rejects.toMatchObject({ status: 409, messageKey: "plans.errors.kindMismatch" });
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(2);
    const base = { citizenId: plan.citizen, planId: plan.planId, version: "2", goal: "Mål", indsats: "Indsats" };
    expect(planDraftSchema.safeParse({ ...base, kind: "jobplan", step: "4" }).error?.issues.map((issue) => issue.message)).toEqual(["stepJobplan"]);
  });

  test("R4.1 a jobplan has no step and no støttebehov, and its publish sends nothing", async () => {
    const plan = await newPlan("jobplan");
    await plan.save();
    await plan.publish();
    const [current] = await listCurrentPlans({ citizenId: plan.citizen });
    expect(current).toMatchObject({ kind: "jobplan", step: null, stoettebehov: [] });
    expect(await beskederFor(plan.citizen)).toEqual([]);
  });
});

describe("R4.1 X5 only the citizen's own jobcenter's caseworker reaches their plans", () => {
  /** A staff member with these roles at Jobcenter København (Bent's), made for the test. */
  async function staffWith(roles: ("support" | "caseworker")[], name: string): Promise<string> {
    const [row] = await db()
      .insert(staff)
      .values({ name, email: `${name.replaceAll(" ", ".")}@kk.example.dk`, mitidUuid: crypto.randomUUID(), jobcenter: "Jobcenter København" })
      .returning({ id: staff.id });
    await db()
      .insert(staffRoles)
      .values(roles.map((role) => ({ staffId: row.id, role })));
    return row.id;
  }

  test("R4.1 X5 a support-only staff member can neither list, create, save, publish nor delete støttebehov in a citizen's plans", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["mentor"] });
    const sofie = await staffId("Sofie Support");
    await expect(listPlansForCaseworker({ citizenId: plan.citizen, viewer: { kind: "staff", id: sofie } })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(createPlan({ citizenId: plan.citizen, kind: "jobplan", staffId: sofie })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(
      savePlanDraft({
        input: {
          citizenId: plan.citizen,
          planId: plan.planId,
          version: plan.latest(),
          kind: "uddannelsesplan",
          step: "2",
          goal: "x",
          indsats: "y",
          offers: "",
          stoettebehov: [],
        },
        staffId: sofie,
      }),
    ).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(publishPlanDraft({ citizenId: plan.citizen, planId: plan.planId, version: plan.latest(), staffId: sofie })).rejects.toBeInstanceOf(
      CitizenOutOfScopeError,
    );
    await plan.publish();
    await expect(deletePlanStoettebehov({ citizenId: plan.citizen, planId: plan.planId, version: plan.latest(), staffId: sofie })).rejects.toBeInstanceOf(
      CitizenOutOfScopeError,
    );
    expect(warnings.filter((line) => line.includes("citizen_access_denied") && line.includes(sofie))).toHaveLength(5);
    expect((await db().select({ n: count() }).from(plans).where(eq(plans.citizenId, plan.citizen)))[0].n).toBe(1);
    expect(await beskederFor(plan.citizen)).toHaveLength(1);
  });

  test("R4.1 X5 a caseworker who also holds support reaches their own jobcenter's citizens' plans, not an Aarhus citizen's", async () => {
    const both = await staffWith(["caseworker", "support"], "Karl Begge");
    const henrik = await citizenId("Henrik Hansen");
    const bent = await citizenId("Bent Brugerkode");
    await expect(createPlan({ citizenId: henrik, kind: "uddannelsesplan", staffId: both })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(listPlansForCaseworker({ citizenId: henrik, viewer: { kind: "staff", id: both } })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    // Henrik's plan, made by the portal (as the seed does), cannot be published by them either.
    const [henriksPlan] = await db().insert(plans).values({ citizenId: henrik, kind: "jobplan" }).returning({ id: plans.id });
    await db().insert(planVersions).values({
      planId: henriksPlan.id,
      version: 1,
      status: "draft",
      goal: "Mål",
      indsats: "Indsats",
      offers: "",
      stoettebehov: [],
      change: "oprettet",
      createdBy: both,
    });
    await expect(publishPlanDraft({ citizenId: henrik, planId: henriksPlan.id, version: 1, staffId: both })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, henriksPlan.id)))[0].n).toBe(1);
    // Their own jobcenter's citizen: allowed.
    await expect(createPlan({ citizenId: bent, kind: "jobplan", staffId: both })).resolves.toMatchObject({ version: 1 });
  });

  test("R4.1 X5 every caseworker read of a citizen's plans is in the audit log; a refused read is not", async () => {
    const plan = await newPlan();
    await listPlansForCaseworker({ citizenId: plan.citizen, viewer: { kind: "staff", id: plan.jens } });
    await listPlansForCaseworker({ citizenId: plan.citizen, viewer: { kind: "staff", id: plan.jens } });
    const reads = await db().select().from(auditLog).where(eq(auditLog.action, "plans.read"));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actorKind: "staff", actorId: plan.jens, subjectCitizenId: plan.citizen });
    const henrik = await citizenId("Henrik Hansen");
    await expect(listPlansForCaseworker({ citizenId: henrik, viewer: { kind: "staff", id: plan.jens } })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "plans.read"))).toHaveLength(2);
  });
});

describe("R4.1 `Opret plan` sent twice makes one plan", () => {
  test("R4.1 a second plan of a kind is refused (409) while the first has only a draft; after it is published, another may be made", async () => {
    const plan = await newPlan("jobplan");
    await expect(createPlan({ citizenId: plan.citizen, kind: "jobplan", staffId: plan.jens })).rejects.toMatchObject({
      status: 409,
      messageKey: "plans.errors.unpublishedPlanExists",
    });
    // Sent at once (a double click without JavaScript): still one draft plan of the kind.
    await Promise.allSettled([1, 2, 3].map(() => createPlan({ citizenId: plan.citizen, kind: "jobplan", staffId: plan.jens })));
    expect(
      (
        await db()
          .select({ n: count() })
          .from(plans)
          .where(and(eq(plans.citizenId, plan.citizen), eq(plans.kind, "jobplan")))
      )[0].n,
    ).toBe(1);
    // The other kind is another plan.
    await expect(createPlan({ citizenId: plan.citizen, kind: "uddannelsesplan", staffId: plan.jens })).resolves.toMatchObject({ version: 1 });
    await plan.save();
    await plan.publish();
    await expect(createPlan({ citizenId: plan.citizen, kind: "jobplan", staffId: plan.jens })).resolves.toMatchObject({ version: 1 });
  });
});

describe("R4.1 only a draft with content is published", () => {
  test("R4.1 the empty draft `Opret plan` makes cannot be published: 422 with its message, and no version is made", async () => {
    for (const kind of ["jobplan", "uddannelsesplan"] as const) {
      const plan = await newPlan(kind);
      await expect(plan.publish()).rejects.toMatchObject({ status: 422, messageKey: "plans.errors.draftIncomplete" });
      expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(1);
      expect(await listCurrentPlans({ citizenId: plan.citizen })).toEqual([]);
    }
  });

  test("R4.1 an uddannelsesplan draft without a step cannot be published", async () => {
    const plan = await newPlan();
    await plan.save({ goal: "Tømrer" });
    await db()
      .update(planVersions)
      .set({ step: null })
      .where(and(eq(planVersions.planId, plan.planId), eq(planVersions.version, plan.latest())));
    await expect(plan.publish()).rejects.toMatchObject({ status: 422, messageKey: "plans.errors.draftIncomplete" });
  });
});

describe("R4.1 støttebehov send a besked when published", () => {
  test("R4.1 publishing støttebehov sends one besked that they are registered, in the publish's transaction", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["sps", "mentor"] });
    const { version } = await plan.publish();
    expect(await beskederFor(plan.citizen)).toEqual([
      {
        kind: "stoettebehov-registreret",
        params: expect.objectContaining({ planId: plan.planId, planVersion: version, jobcenter: "Jobcenter København", stoettebehov: ["mentor", "sps"] }),
        dedupeKey: `plan:${plan.planId}:v${version}:stoettebehov-registreret`,
      },
    ]);
  });

  test("R4.1 publishing the same støttebehov again sends nothing; a changed set registers the new and annuls the removed", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["mentor", "sps"] });
    await plan.publish();
    await plan.save({ stoettebehov: ["mentor", "sps"], goal: "Murer" });
    await plan.publish();
    expect(await beskederFor(plan.citizen)).toHaveLength(1);

    await plan.save({ stoettebehov: ["mentor", "psykolog"] });
    const { version } = await plan.publish();
    const sent = (await beskederFor(plan.citizen)).filter((besked) => besked.params.planVersion === version);
    expect(sent.map((besked) => [besked.kind, besked.params.stoettebehov]).sort()).toEqual([
      ["stoettebehov-annulleret", ["sps"]],
      ["stoettebehov-registreret", ["psykolog"]],
    ]);
  });

  test("R4.1 deleting the støttebehov publishes a version without them and says the registration is annulled, once", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["mentor"] });
    const published = await plan.publish();
    const deleted = await plan.deleteStoettebehov(published.version);
    expect(deleted).toEqual({ version: published.version + 1, created: true });
    // Sent again (a double click, another tab): nothing more.
    expect(await plan.deleteStoettebehov(published.version)).toEqual({ version: deleted.version, created: false });

    const [current] = await listCurrentPlans({ citizenId: plan.citizen });
    expect(current).toMatchObject({ version: deleted.version, change: "stoettebehov_slettet", stoettebehov: [], status: "published" });
    expect((await beskederFor(plan.citizen)).map((besked) => [besked.kind, besked.params.planVersion, besked.params.stoettebehov])).toEqual([
      ["stoettebehov-registreret", published.version, ["mentor"]],
      ["stoettebehov-annulleret", deleted.version, ["mentor"]],
    ]);
    // Nothing left to delete.
    await expect(plan.deleteStoettebehov()).rejects.toMatchObject({ status: 409, messageKey: "plans.errors.noStoettebehovToDelete" });
  });

  test("R4.1 støttebehov added again after the registration was annulled send a new besked that they are registered", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["mentor"] });
    await plan.publish();
    await plan.deleteStoettebehov();
    await plan.save({ stoettebehov: ["mentor"], goal: "Murer" });
    const again = await plan.publish();
    expect((await beskederFor(plan.citizen)).map((besked) => besked.kind)).toEqual([
      "stoettebehov-registreret",
      "stoettebehov-annulleret",
      "stoettebehov-registreret",
    ]);
    const last = (await beskederFor(plan.citizen)).filter((besked) => besked.params.planVersion === again.version);
    expect(last).toEqual([expect.objectContaining({ kind: "stoettebehov-registreret", params: expect.objectContaining({ stoettebehov: ["mentor"] }) })]);
  });

  test("R4.1 publishing the same draft twice makes one version and one besked", async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["helbred"] });
    const draft = plan.latest();
    const first = await plan.publish(draft);
    const second = await plan.publish(draft);
    expect(second).toEqual({ version: first.version, created: false });
    expect((await db().select({ n: count() }).from(planVersions).where(eq(planVersions.planId, plan.planId)))[0].n).toBe(3);
    expect(await beskederFor(plan.citizen)).toHaveLength(1);
  });

  test(`R4.1 publishing one draft from two tabs at once makes one version and one besked (${testDatabaseKind})`, async () => {
    const plan = await newPlan();
    await plan.save({ stoettebehov: ["misbrug"] });
    const draft = plan.latest();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => publishPlanDraft({ citizenId: plan.citizen, planId: plan.planId, version: draft, staffId: plan.jens })),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.version))).toEqual(new Set([draft + 1]));
    expect(
      (
        await db()
          .select({ n: count() })
          .from(planVersions)
          .where(and(eq(planVersions.planId, plan.planId), eq(planVersions.status, "published")))
      )[0].n,
    ).toBe(1);
    expect(await beskederFor(plan.citizen)).toHaveLength(1);
  });
});

describe("R4.3 no uddannelsespålæg is made any more", () => {
  test("R4.3 publishing an uddannelsesplan at step 4 makes no PDF: no plan document, nothing with PDF bytes", async () => {
    const plan = await newPlan();
    const documentsBefore = (await db().select({ n: count() }).from(planDocuments))[0].n;
    // Spied on after the seed (which renders Emil's old uddannelsespålæg): publishing renders no letter.
    const rendered = vi.spyOn(letter, "renderLetterPdf");
    await plan.save({ step: "4" });
    await plan.publish();
    await plan.save({ step: "4", stoettebehov: ["mentor"] });
    await plan.publish();
    expect(rendered).not.toHaveBeenCalled();
    expect((await db().select({ n: count() }).from(planDocuments))[0].n).toBe(documentsBefore);
    expect((await db().select({ n: count() }).from(planDocuments).where(eq(planDocuments.planId, plan.planId)))[0].n).toBe(0);
    expect(await listPlanDocuments({ citizenId: plan.citizen })).toEqual([]);
    // The only message is the støttebehov besked (R4.1), not an uddannelsespålæg.
    expect((await beskederFor(plan.citizen)).map((besked) => besked.kind)).toEqual(["stoettebehov-registreret"]);
  });
});

describe("the citizen's own plans and documents only", () => {
  test("R4.3 Emil Ung's demo plan: published at step 4 with one støttebehov, earlier versions, one uddannelsespålæg from before the release, and his besked", async () => {
    const emil = await citizenId("Emil Ung");
    const [current] = await listCurrentPlans({ citizenId: emil });
    expect(current).toMatchObject({ kind: "uddannelsesplan", step: 4, stoettebehov: ["mentor"], status: "published" });
    expect((await listPlanHistory({ citizenId: emil })).length).toBeGreaterThanOrEqual(2);
    const [document] = await listPlanDocuments({ citizenId: emil });
    expect(document).toMatchObject({ title: "Uddannelsespålæg", filename: "uddannelsespaalaeg-2022-01-10.pdf" });
    expect(document.madeAt.getTime()).toBeLessThan(new Date("2022-03-14T00:00:00+01:00").getTime());
    const opened = await getPlanDocument({ citizenId: emil, documentId: document.id });
    expect(Buffer.from(opened!.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect((await beskederFor(emil)).map((besked) => [besked.kind, besked.params.stoettebehov])).toEqual([["stoettebehov-registreret", ["mentor"]]]);
  });

  test("R4.3 another citizen's document, or an id that names none, is not found; the other citizen's is logged without a CPR number", async () => {
    const emil = await citizenId("Emil Ung");
    const anna = await citizenId("Anna Andersen");
    const [document] = await listPlanDocuments({ citizenId: emil });
    expect(await getPlanDocument({ citizenId: anna, documentId: document.id })).toBeNull();
    expect(await getPlanDocument({ citizenId: anna, documentId: "not-an-id" })).toBeNull();
    expect(await getPlanDocument({ citizenId: anna, documentId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    const denials = warnings.filter((line) => line.includes("citizen_access_denied"));
    expect(denials).toHaveLength(1);
    expect(denials[0]).toContain(`actorId="${anna}"`);
    expect(denials[0]).toContain(`citizenId="${emil}"`);
    expect(denials[0]).not.toContain("0606026666");
    expect(await listPlanDocuments({ citizenId: anna })).toEqual([]);
    expect((await listCurrentPlans({ citizenId: anna })).map((plan) => plan.kind)).toEqual(["jobplan"]);
  });
});

describe("the plan form and the database agree on what a plan holds", () => {
  test("R4.1 the database's støttebehov codes are the plans' codes, and it refuses any other", async () => {
    expect([...planStoettebehovCodes]).toEqual([...stoettebehovKoder]);
    const plan = await newPlan();
    await expect(db().execute(sql`update plan_versions set stoettebehov = array['ukendt']::text[] where plan_id = ${plan.planId}`)).rejects.toThrow();
    await expect(db().execute(sql`update plan_versions set step = 5 where plan_id = ${plan.planId}`)).rejects.toThrow();
  });

  test("X4 the draft form: an uddannelsesplan needs a step; støttebehov are known codes, one or several; a jobplan has none", () => {
    const base = {
      citizenId: "00000000-0000-4000-8000-000000000001",
      planId: "00000000-0000-4000-8000-000000000002",
      version: "3",
      goal: "Mål",
      indsats: "Indsats",
    };
    expect(planDraftSchema.safeParse({ ...base, kind: "uddannelsesplan" }).error?.issues.map((issue) => issue.message)).toEqual(["stepMissing"]);
    expect(planDraftSchema.parse({ ...base, kind: "uddannelsesplan", step: "4", stoettebehov: "mentor" }).stoettebehov).toEqual(["mentor"]);
    expect(planDraftSchema.parse({ ...base, kind: "uddannelsesplan", step: "4", stoettebehov: ["mentor", "sps"] }).stoettebehov).toEqual(["mentor", "sps"]);
    expect(planDraftSchema.safeParse({ ...base, kind: "uddannelsesplan", step: "4", stoettebehov: ["hemmelig"] }).success).toBe(false);
    expect(planDraftSchema.safeParse({ ...base, kind: "jobplan", stoettebehov: "mentor" }).error?.issues.map((issue) => issue.message)).toEqual([
      "stoettebehovJobplan",
    ]);
    expect(planDraftSchema.safeParse({ ...base, kind: "uddannelsesplan", step: "4", goal: "a\u0000b" }).success).toBe(false);
  });
});
