"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// checks on the server that the caller is a staff member with the caseworker role, and the
// data functions check that the caseworker reaches the citizen (their own jobcenter's).

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { createPlan, deletePlanStoettebehov, publishPlanDraft, savePlanDraft } from "./mutations";
import { createPlanSchema, planDraftSchema, planVersionSchema } from "./schema";

/**
 * The citizen's page again, saying what was done to which plan: the page shows it as a status
 * message in that plan, with focus, with and without JavaScript.
 */
function reopenCitizenPage(
  { locale, citizenId, planId }: { locale: string; citizenId: string; planId: string },
  done: "offentliggjort" | "stoettebehov-slettet",
): never {
  redirect(`${localizedPath(locale, `/medarbejder/jobcenter/borger/${citizenId}`)}?plan=${planId}&udfoert=${done}#plan-${planId}-status`);
}

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
  await publishPlanDraft({ citizenId: input.citizenId, planId: input.planId, version: input.version, staffId: staff.staffId });
  reopenCitizenPage(input, "offentliggjort");
});

/** Jobcenter: `Bekræft` after `Slet støttebehov` on a published uddannelsesplan (R4.1: the citizen is told the registration is annulled). */
export const deletePlanStoettebehovAction = staffAction(
  { schema: planVersionSchema, roles: ["caseworker"], name: "deletePlanStoettebehovAction" },
  async (input, { staff }) => {
    await deletePlanStoettebehov({ citizenId: input.citizenId, planId: input.planId, version: input.version, staffId: staff.staffId });
    reopenCitizenPage(input, "stoettebehov-slettet");
  },
);
