"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveCvDrivingLicences } from "@/lib/cv/actions";
import { CV_DRIVING_LICENCES } from "@/lib/cv/options";
import type { DrivingLicencesInput } from "@/lib/cv/schema";
import { ActionMessage } from "./action-message";
import { CheckboxGroup } from "./checkbox-group";

/** The driving licences the citizen has, as a checkbox group under its legend, and `Gem kørekort`. */
export function DrivingLicencesForm({ locale, saved }: { locale: string; saved: readonly string[] }) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<DrivingLicencesInput, { saved: true }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.drivingLicencesSchema),
    action: saveCvDrivingLicences,
    fields: ["licences"],
    idPrefix: "koerekort-",
  });
  const returned = form.returned.licences;
  return (
    <>
      <ActionMessage live message={form.result ? t("drivingLicences.saved") : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <CheckboxGroup
          id="koerekort-licences"
          legend={t("drivingLicences.legend")}
          hint={t("drivingLicences.hint")}
          error={form.errorFor("licences")}
          options={CV_DRIVING_LICENCES.map((category) => ({ value: category, label: t(`drivingLicences.categories.${category}`) }))}
          defaultValues={returned === undefined ? saved : Array.isArray(returned) ? returned.map(String) : [String(returned)]}
          inputProps={form.register("licences")}
        />
        <SubmitButton>{t("drivingLicences.saveButton")}</SubmitButton>
      </form>
    </>
  );
}
