"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type SummaryError } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { setCvSearchable } from "@/lib/cv/actions";
import type { SearchableMissing } from "@/lib/cv/searchable";
import { ActionMessage } from "./action-message";

const CHECKBOX_ID = "soegbart-searchable";

/**
 * `Gør mit CV søgbart` (R3.3): the checkbox and `Gem`. A refusal comes back in the error
 * summary, which links to each field elsewhere on the page that must be filled in first
 * (`fieldIds`), and beside the checkbox, tied to it. Works without JavaScript.
 */
export function SearchableForm({ locale, searchable, fieldIds }: { locale: string; searchable: boolean; fieldIds: Record<SearchableMissing, string> }) {
  const t = useTranslations("cv.form");
  const messages = useTranslations();
  const [state, formAction] = useActionState(setCvSearchable, null);
  const failure = state?.status === "error" ? state : null;
  const reference = failure?.errorId ? ` (${failure.errorId})` : "";
  const errors: SummaryError[] = failure
    ? Object.entries(failure.fieldErrors).flatMap(([field, keys]) =>
        keys.map((key) => ({
          fieldId: fieldIds[field as SearchableMissing] ?? CHECKBOX_ID,
          message: messages(key as "errors.unexpected") + (field === "_form" ? reference : ""),
        })),
      )
    : [];
  // Beside the checkbox: that something must be filled in first, or the form's own problem.
  const onlyMissing = failure !== null && Object.keys(failure.fieldErrors).every((field) => field in fieldIds);
  const error = failure ? (onlyMissing ? t("searchable.refused") : errors.map((problem) => problem.message).join(" ")) : undefined;
  const checked = failure ? failure.values.searchable === "on" : searchable;
  const describedBy = [`${CHECKBOX_ID}-hint`, error && `${CHECKBOX_ID}-error`].filter(Boolean).join(" ");
  return (
    <>
      <ActionMessage live message={state?.status === "ok" && state.data ? t(state.data.searchable ? "searchable.savedOn" : "searchable.savedOff") : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={errors} focusKey={state} headingLevel={3} />
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <div className={`mb-6 max-w-prose ${error ? "border-l-4 border-error pl-4" : ""}`}>
          {error && (
            <p id={`${CHECKBOX_ID}-error`} className="mb-2 font-semibold text-error">
              <span className="sr-only">{messages("forms.errorPrefix")} </span>
              {error}
            </p>
          )}
          <div className="flex items-center gap-3">
            <input
              id={CHECKBOX_ID}
              type="checkbox"
              name="searchable"
              value="on"
              defaultChecked={checked}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className="h-6 w-6 shrink-0 accent-primary"
            />
            <label htmlFor={CHECKBOX_ID} className="font-semibold">
              {t("searchable.label")}
            </label>
          </div>
          <p id={`${CHECKBOX_ID}-hint`} className="mt-1 pl-9 text-muted">
            {t("searchable.hint")}
          </p>
        </div>
        <SubmitButton>{t("searchable.saveButton")}</SubmitButton>
      </form>
    </>
  );
}
