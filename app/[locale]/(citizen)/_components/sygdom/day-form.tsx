"use client";

import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/button";
import { DateInput, dateInputError } from "@/components/date-input";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { useSchemaForm } from "@/components/use-schema-form";
import { DATE_PARTS, type DateParts } from "@/lib/date-parts";
import { reviewSygdomReport } from "@/lib/sygdom/actions";
import type { SygdomDayFormValues } from "@/lib/sygdom/schema";

/** The day form's texts, translated on the server. */
export interface SygdomDayFormText {
  legend: string;
  hint: string;
  labels: DateParts;
  next: string;
  cancel: string;
}

/**
 * `Meld syg` or `Meld rask` (R4.2, R1.7): one question — from which day — as GOV.UK's date input:
 * day, month and year in a fieldset named by its legend, the hint (an example and the allowed
 * days) and the error tied to it, the fields at fault marked invalid, and `Næste` to the
 * confirmation page. The same schema checks the day in the browser and in the action, in the
 * browser against the day the server said is today; without JavaScript the form posts and the
 * page comes back with the error summary and what was typed. Nothing is stored here.
 */
export function SygdomDayForm({
  locale,
  kind,
  page,
  text,
  start,
  today,
  messageValues,
  cancelHref,
}: {
  locale: string;
  kind: "syg" | "rask";
  page: FormPageText;
  text: SygdomDayFormText;
  /** What the fields start with: today, or the day the citizen chose before `Ret datoen`. */
  start: DateParts;
  /** Today in Denmark, as the server counts it (`yyyy-mm-dd`). */
  today: string;
  /** The values of the error messages' placeholders. */
  messageValues: Record<string, string | number>;
  cancelHref: string;
}) {
  const t = useTranslations("sygdom");
  const form = useSchemaForm<SygdomDayFormValues>({
    schema: () => import("@/lib/sygdom/schema").then((m) => m.sygdomDaySchemaOn(() => today)),
    action: reviewSygdomReport,
    fields: DATE_PARTS,
    idPrefix: "from-day-",
    hiddenValues: { kind },
    messageValues,
  });
  const { error, invalid } = dateInputError(form.errorFor);
  const returned = form.returned as Partial<DateParts>;
  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="kind" value={kind} />
        <DateInput
          id="from-day"
          legend={<span className="text-lg font-semibold">{text.legend}</span>}
          hint={text.hint}
          error={error}
          invalid={invalid}
          labels={text.labels}
          defaultValues={{ day: returned.day ?? start.day, month: returned.month ?? start.month, year: returned.year ?? start.year }}
          inputProps={{ day: form.register("day"), month: form.register("month"), year: form.register("year") }}
        />
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
