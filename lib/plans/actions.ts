"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// checks on the server that the caller is a staff member with the caseworker role, and the
// data functions check that the caseworker reaches the citizen (their own jobcenter's).

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions";
import { createPlan, deletePlanStoettebehov, publishPlanDraft, savePlanDraft } from "./mutations";
import { createPlanSchema, planDraftSchema, planVersionSchema } from "./schema";

/** Jobcenter: `Opret plan` — a jobplan or an uddannelsesplan for the citizen, as an empty draft. */
export const createPlanAction = staffAction({ schema: createPlanSchema, roles: ["caseworker"], name: "createPlanAction" }, async (input, { staff }) => {
  await createPlan({ citizenId: input.citizenId, kind: input.kind, staffId: staff.staffId });
  refresh();
  return { status: "ok", data: { done: "created" as const } };
});

/** Jobcenter: `Gem kladde` — the draft's goal, indsats, offers, step and støttebehov, as a new version. */
export const savePlanDraftAction = staffAction({ schema: planDraftSchema, roles: ["caseworker"], name: "savePlanDraftAction" }, async (input, { staff }) => {
  await savePlanDraft({ input, staffId: staff.staffId });
  refresh();
  return { status: "ok", data: { done: "saved" as const } };
});

/** Jobcenter: `Offentliggør` — the draft the form showed becomes the citizen's plan (R4.1: støttebehov are told in a besked). */
export const publishPlanAction = staffAction({ schema: planVersionSchema, roles: ["caseworker"], name: "publishPlanAction" }, async (input, { staff }) => {
  await publishPlanDraft({ ...input, staffId: staff.staffId });
  refresh();
  return { status: "ok", data: { done: "published" as const } };
});

/** Jobcenter: `Slet støttebehov` on a published uddannelsesplan (R4.1: the citizen is told the registration is annulled). */
export const deletePlanStoettebehovAction = staffAction(
  { schema: planVersionSchema, roles: ["caseworker"], name: "deletePlanStoettebehovAction" },
  async (input, { staff }) => {
    await deletePlanStoettebehov({ ...input, staffId: staff.staffId });
    refresh();
    return { status: "ok", data: { done: "stoettebehovDeleted" as const } };
  },
);
