"use client";

import { useTranslations } from "next-intl";
import { DateInput, dateInputError } from "@/components/date-input";
import { FormPage } from "@/components/form-page";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveTilmeldingFirstDayAction } from "@/lib/tilmelding/actions";
import type { DateParts } from "@/lib/tilmelding/first-day";
import type { FirstDayInput } from "@/lib/tilmelding/schema";
import { StepButtons } from "../_components/step-buttons";
import type { StepText } from "../_components/step-page";

const PARTS = ["day", "month", "year"] as const;

/**
 * Step 1: the first day of unemployment in three fields, the question as the group's legend.
 * Works without JavaScript; a refused date gets the error summary, linking to the field at fault.
 */
export function FirstDayForm({
  locale,
  step,
  legend,
  hint,
  labels,
  saved,
}: {
  locale: string;
  step: StepText;
  legend: string;
  hint: string;
  labels: Record<(typeof PARTS)[number], string>;
  saved?: DateParts;
}) {
  const t = useTranslations("tilmelding");
  const form = useSchemaForm<FirstDayInput>({
    schema: () => import("@/lib/tilmelding/schema").then((m) => m.firstDaySchema),
    action: saveTilmeldingFirstDayAction,
    fields: PARTS,
    idPrefix: "first-day-",
    hiddenValues: step.returnToSummary ? { tilbageTil: "tjek" as const } : {},
  });
  const { error, invalid } = dateInputError(form.errorFor);
  const returned = form.returned as Partial<DateParts>;
  return (
    <FormPage page={step.page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <DateInput
          id="first-day"
          legend={
            <>
              <span className="mb-2 block text-muted">{step.progress}</span>
              <h2 className="text-2xl">{legend}</h2>
            </>
          }
          hint={hint}
          error={error}
          invalid={invalid}
          labels={labels}
          defaultValues={{ day: returned.day ?? saved?.day, month: returned.month ?? saved?.month, year: returned.year ?? saved?.year }}
          inputProps={{ day: form.register("day"), month: form.register("month"), year: form.register("year") }}
        />
        <StepButtons locale={locale} returnToSummary={step.returnToSummary} labels={step.labels} backHref={step.backHref} />
      </form>
    </FormPage>
  );
}
