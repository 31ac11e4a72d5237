"use client";

import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/button";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { reviewSygdomReport } from "@/lib/sygdom/actions";
import type { SygdomDayFormValues } from "@/lib/sygdom/schema";

/** The day form's texts, translated on the server. */
export interface SygdomDayFormText {
  legend: string;
  dayLabel: string;
  dayHint: string;
  next: string;
  cancel: string;
}

const FIELDS = ["fromDay"] as const;

/**
 * `Meld syg` or `Meld rask` (R4.2, R1.7): one question — from which day — in a fieldset named by
 * its legend, the day's hint tied to the field, and `Næste` to the confirmation page. The same
 * schema checks the day in the browser and in the action; without JavaScript the form posts and
 * the page comes back with the error summary and what was typed. Nothing is stored here.
 */
export function SygdomDayForm({
  locale,
  kind,
  page,
  text,
  start,
  cancelHref,
}: {
  locale: string;
  kind: "syg" | "rask";
  page: FormPageText;
  text: SygdomDayFormText;
  /** The day the field starts with: today, or the day the citizen chose before `Ret datoen`. */
  start: string;
  cancelHref: string;
}) {
  const t = useTranslations("sygdom");
  const form = useSchemaForm<SygdomDayFormValues>({
    schema: () => import("@/lib/sygdom/schema").then((m) => m.sygdomDaySchema),
    action: reviewSygdomReport,
    fields: FIELDS,
    hiddenValues: { kind },
  });
  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="kind" value={kind} />
        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">{text.legend}</legend>
          <TextField
            id="fromDay"
            type="date"
            label={text.dayLabel}
            hint={text.dayHint}
            className="max-w-48!"
            error={form.errorFor("fromDay")}
            defaultValue={(form.returned.fromDay as string | undefined) ?? start}
            {...form.register("fromDay")}
          />
        </fieldset>
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton>{text.next}</SubmitButton>
          <a href={cancelHref} className={buttonStyles.secondary}>
            {text.cancel}
          </a>
        </div>
      </form>
    </FormPage>
  );
}
