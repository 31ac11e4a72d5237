"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup } from "@/components/radio-group";
import { SubmitButton } from "@/components/submit-button";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveCvConditions } from "@/lib/cv/actions";
import { CV_EMPLOYMENT, CV_HOURS } from "@/lib/cv/options";
import type { ConditionsInput } from "@/lib/cv/schema";
import { ActionMessage } from "./action-message";
import { CheckboxGroup } from "./checkbox-group";

/**
 * `Ansættelsesbetingelser` for a citizen who fills them in: hours and permanent or temporary
 * employment (each a radio group under its legend) and the regions (a checkbox group), then
 * `Gem Ansættelsesbetingelser`. After saving it says whether the CV is searchable now.
 */
export function ConditionsForm({
  locale,
  saved,
  regionOptions,
}: {
  locale: string;
  saved: { hours: string | null; employment: string | null; regions: readonly string[] };
  /** The five regions, each with its name in the page's language. */
  regionOptions: { value: string; label: string }[];
}) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<ConditionsInput, { searchable: boolean }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.conditionsSchema),
    action: saveCvConditions,
    fields: ["hours", "employment", "regions"],
    idPrefix: "betingelser-",
  });
  const returned = form.returned;
  const returnedRegions =
    returned.regions === undefined ? undefined : Array.isArray(returned.regions) ? returned.regions.map(String) : [String(returned.regions)];
  // What the server sent back with a refusal (it always holds the page's language); a check in
  // the browser leaves the fields as they are, so they keep what the citizen had.
  const failed = "locale" in form.returned;
  return (
    <>
      <ActionMessage live message={form.result ? t(form.result.searchable ? "conditions.savedSearchable" : "conditions.saved") : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <RadioGroup
          id="betingelser-hours"
          legend={<span className="font-semibold">{t("conditions.hoursLegend")}</span>}
          error={form.errorFor("hours")}
          options={CV_HOURS.map((hours) => ({ value: hours, label: t(`conditions.hours.${hours}`) }))}
          defaultValue={failed ? (returned.hours as string | undefined) : (saved.hours ?? undefined)}
          inputProps={form.register("hours")}
        />
        <RadioGroup
          id="betingelser-employment"
          legend={<span className="font-semibold">{t("conditions.employmentLegend")}</span>}
          error={form.errorFor("employment")}
          options={CV_EMPLOYMENT.map((employment) => ({ value: employment, label: t(`conditions.employment.${employment}`) }))}
          defaultValue={failed ? (returned.employment as string | undefined) : (saved.employment ?? undefined)}
          inputProps={form.register("employment")}
        />
        <CheckboxGroup
          id="betingelser-regions"
          legend={t("conditions.regionsLegend")}
          hint={t("conditions.regionsHint")}
          error={form.errorFor("regions")}
          options={regionOptions}
          defaultValues={failed ? (returnedRegions ?? []) : saved.regions}
          inputProps={form.register("regions")}
        />
        <SubmitButton>{t("conditions.saveButton")}</SubmitButton>
      </form>
    </>
  );
}
