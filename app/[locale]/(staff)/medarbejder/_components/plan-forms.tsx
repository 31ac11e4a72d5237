"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup } from "@/components/radio-group";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { useSchemaForm } from "@/components/use-schema-form";
import { createPlanAction, savePlanDraftAction } from "@/lib/plans/actions";
import type { createPlanSchema, planDraftSchema } from "@/lib/plans/schema";

type Done = { done: "created" | "saved" | "published" | "stoettebehovDeleted" };

/** Jobcenter: `Opret plan` — a jobplan or an uddannelsesplan, as an empty draft. */
export function CreatePlanForm({ citizenId, kinds }: { citizenId: string; kinds: { value: string; label: string }[] }) {
  const t = useTranslations("plans.staff");
  const form = useSchemaForm<z.input<typeof createPlanSchema>, Done>({
    schema: () => import("@/lib/plans/schema").then((m) => m.createPlanSchema),
    action: createPlanAction,
    fields: ["kind"],
    hiddenValues: { citizenId },
    idPrefix: "plan-new-",
    resetAfterSuccess: true,
  });
  return (
    <>
      {form.result && (
        <p role="status" className="mb-4 font-semibold">
          {t(`done.${form.result.done}`)}
        </p>
      )}
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <input type="hidden" name="citizenId" value={citizenId} />
        <RadioGroup
          id="plan-new-kind"
          legend={<span className="font-semibold">{t("kind")}</span>}
          options={kinds}
          error={form.errorFor("kind")}
          defaultValue={form.returned.kind}
          inputProps={form.register("kind")}
        />
        <SubmitButton>{t("createButton")}</SubmitButton>
      </form>
    </>
  );
}

/**
 * Jobcenter: the plan's draft — goal, indsats, offers, and for an uddannelsesplan its step and
 * støttebehov. The form carries the version it was shown, so a save from an older page is refused.
 */
export function PlanDraftForm({
  citizenId,
  planId,
  version,
  kind,
  current,
  stoettebehovOptions,
}: {
  citizenId: string;
  planId: string;
  version: number;
  kind: "jobplan" | "uddannelsesplan";
  current: { step: number | null; goal: string; indsats: string; offers: string; stoettebehov: string[] };
  stoettebehovOptions: { value: string; label: string }[];
}) {
  const t = useTranslations("plans.staff");
  const tForms = useTranslations("forms");
  const prefix = `plan-${planId}-`;
  const fields = kind === "uddannelsesplan" ? (["step", "goal", "indsats", "offers", "stoettebehov"] as const) : (["goal", "indsats", "offers"] as const);
  const form = useSchemaForm<z.input<typeof planDraftSchema>, Done>({
    schema: () => import("@/lib/plans/schema").then((m) => m.planDraftSchema),
    action: savePlanDraftAction,
    fields,
    hiddenValues: { citizenId, planId, version, kind },
    idPrefix: prefix,
  });
  const returned = form.status === "error" ? form.returned : undefined;
  const ticked = returned ? [returned.stoettebehov ?? []].flat().map(String) : current.stoettebehov;
  const stoettebehovError = form.errorFor("stoettebehov");
  return (
    <>
      {form.result && (
        <p role="status" className="mb-4 font-semibold">
          {t(`done.${form.result.done}`)}
        </p>
      )}
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <p className="mb-4">{t("editHint")}</p>
        <input type="hidden" name="citizenId" value={citizenId} />
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="kind" value={kind} />
        {kind === "uddannelsesplan" && (
          <RadioGroup
            id={`${prefix}step`}
            legend={<span className="font-semibold">{t("step")}</span>}
            options={["1", "2", "3", "4"].map((step) => ({ value: step, label: t("stepOption", { step }) }))}
            error={form.errorFor("step")}
            defaultValue={returned ? (returned.step as string | undefined) : current.step ? String(current.step) : undefined}
            inputProps={form.register("step")}
          />
        )}
        <TextArea
          id={`${prefix}goal`}
          label={t("goal")}
          rows={3}
          maxLength={4000}
          error={form.errorFor("goal")}
          defaultValue={returned ? (returned.goal ?? "") : current.goal}
          {...form.register("goal")}
        />
        <TextArea
          id={`${prefix}indsats`}
          label={t("indsats")}
          rows={3}
          maxLength={4000}
          error={form.errorFor("indsats")}
          defaultValue={returned ? (returned.indsats ?? "") : current.indsats}
          {...form.register("indsats")}
        />
        <TextArea
          id={`${prefix}offers`}
          label={t("offers")}
          rows={3}
          maxLength={4000}
          error={form.errorFor("offers")}
          defaultValue={returned ? (returned.offers ?? "") : current.offers}
          {...form.register("offers")}
        />
        {kind === "uddannelsesplan" && (
          <fieldset
            className={`mb-6 ${stoettebehovError ? "border-l-4 border-error pl-4" : ""}`}
            aria-describedby={[`${prefix}stoettebehov-hint`, stoettebehovError && `${prefix}stoettebehov-error`].filter(Boolean).join(" ")}
          >
            <legend className="mb-1 font-semibold">{t("stoettebehov")}</legend>
            <p id={`${prefix}stoettebehov-hint`} className="mb-2 text-muted">
              {t("stoettebehovHint")}
            </p>
            {stoettebehovError && (
              <p id={`${prefix}stoettebehov-error`} className="mb-2 font-semibold text-error">
                <span className="sr-only">{tForms("errorPrefix")} </span>
                {stoettebehovError}
              </p>
            )}
            <div className="space-y-3">
              {stoettebehovOptions.map((option, index) => {
                const optionId = index === 0 ? `${prefix}stoettebehov` : `${prefix}stoettebehov-${index + 1}`;
                return (
                  <div key={option.value} className="flex items-center gap-3">
                    <input
                      id={optionId}
                      type="checkbox"
                      value={option.value}
                      defaultChecked={ticked.includes(option.value)}
                      className="h-6 w-6 shrink-0 accent-primary"
                      {...form.register("stoettebehov")}
                    />
                    <label htmlFor={optionId}>{option.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        )}
        <SubmitButton>{t("saveButton")}</SubmitButton>
      </form>
    </>
  );
}
