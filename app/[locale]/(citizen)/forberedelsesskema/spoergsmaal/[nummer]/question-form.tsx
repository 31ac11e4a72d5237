"use client";

import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/button";
import { FormPage, type FormPageText } from "@/components/form-page";
import { RadioGroup } from "@/components/radio-group";
import { SubmitButton } from "@/components/submit-button";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveForberedelsesskemaAnswer } from "@/lib/forberedelsesskema/actions";
import type { AnswerInput } from "@/lib/forberedelsesskema/schema";

/**
 * One question of the preparation questionnaire: its options as radio buttons under the
 * question, which is the group's legend and a heading under the questionnaire's own, `Næste` to save and go on, and
 * `Tilbage`. Works without JavaScript; a missing answer gets the error summary.
 */
export function QuestionForm({
  locale,
  number,
  progress,
  question,
  options,
  saved,
  returnToSummary,
  labels,
  backHref,
  page,
}: {
  locale: string;
  number: number;
  progress: string;
  question: string;
  options: { value: string; label: string }[];
  /** The answer already saved in the draft, if any. */
  saved?: string;
  returnToSummary: boolean;
  labels: { next: string; back: string };
  backHref: string;
  page: FormPageText;
}) {
  const t = useTranslations("forberedelsesskema");
  const form = useSchemaForm<AnswerInput>({
    schema: () => import("@/lib/forberedelsesskema/schema").then((m) => m.answerSchema),
    action: saveForberedelsesskemaAnswer,
    fields: ["answer"],
    hiddenValues: { question: number, ...(returnToSummary ? { tilbageTil: "oversigt" as const } : {}) },
  });
  const chosen = (form.returned.answer as string | undefined) ?? saved;
  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="question" value={number} />
        {returnToSummary && <input type="hidden" name="tilbageTil" value="oversigt" />}
        <RadioGroup
          id="answer"
          legend={
            <>
              <span className="mb-2 block text-muted">{progress}</span>
              <h2 className="text-2xl">{question}</h2>
            </>
          }
          error={form.errorFor("answer")}
          options={options}
          defaultValue={chosen}
          inputProps={form.register("answer")}
        />
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton>{labels.next}</SubmitButton>
          <a href={backHref} className={buttonStyles.secondary}>
            {labels.back}
          </a>
        </div>
      </form>
    </FormPage>
  );
}
