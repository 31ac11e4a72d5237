import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { stoettebehovKoder } from "./stoettebehov";

// The jobcenter's plan forms (R4.1), shared by browser and server. Messages are keys under
// `plans.errors`. Every form names the plan and the version it acts on: a form from an older
// page, or sent twice, then makes no second change (lib/plans/versions.ts).

const uuid = z.uuid("invalid");
const version = z.coerce.number("invalid").int("invalid").min(1, "invalid").max(1_000_000, "invalid");
const planText = (missing: string) => text().trim().min(1, missing).max(4000, "tooLong");

/** `Opret plan`: which kind of plan the citizen gets. */
export const createPlanSchema = z.object({
  citizenId: uuid,
  kind: z.enum(["jobplan", "uddannelsesplan"], "kindMissing"),
});

/**
 * The draft's content. The step is for an uddannelsesplan only (the form sends the plan's kind
 * as a hidden value; the server checks it against the plan). Støttebehov are ticked boxes:
 * none, one (a single value) or several.
 */
export const planDraftSchema = z
  .object({
    citizenId: uuid,
    planId: uuid,
    version,
    kind: z.enum(["jobplan", "uddannelsesplan"], "invalid"),
    step: z.enum(["1", "2", "3", "4"], "stepMissing").optional(),
    goal: planText("goalMissing"),
    indsats: planText("indsatsMissing"),
    offers: text().trim().max(4000, "tooLong").optional().default(""),
    stoettebehov: z.preprocess(
      (value) => (value === undefined || value === "" || value === false ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(stoettebehovKoder, "stoettebehovInvalid")).max(stoettebehovKoder.length, "stoettebehovInvalid"),
    ),
  })
  .superRefine((draft, context) => {
    if (draft.kind === "uddannelsesplan" && !draft.step) context.addIssue({ code: "custom", path: ["step"], message: "stepMissing" });
    if (draft.kind === "jobplan" && draft.step) context.addIssue({ code: "custom", path: ["step"], message: "stepJobplan" });
    if (draft.kind === "jobplan" && draft.stoettebehov.length > 0) context.addIssue({ code: "custom", path: ["stoettebehov"], message: "stoettebehovJobplan" });
  });

export type PlanDraftInput = z.output<typeof planDraftSchema>;

/** `Offentliggør` and `Slet støttebehov`: the plan and the version the caseworker saw. */
export const planVersionSchema = z.object({ citizenId: uuid, planId: uuid, version });

registerFormMessages("plans.errors", createPlanSchema, planDraftSchema, planVersionSchema);
