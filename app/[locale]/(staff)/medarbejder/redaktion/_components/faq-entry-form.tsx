"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { ErrorSummary } from "@/components/error-summary";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveFaqEntryAction, type EditorOutcome } from "@/lib/content/actions";
import { ConflictPanel } from "./conflict-panel";
import type { faqEntrySchema } from "@/lib/content/schema";

type Values = z.input<typeof faqEntrySchema>;

/** What the form starts from: the entry as saved (publish window in Danish time), or nothing for a new entry. */
export interface FaqEntryFormEntry {
  id: string;
  version: number;
  audience: "jobsoegere" | "arbejdsgivere";
  topicDa: string;
  topicEn: string;
  questionDa: string;
  questionEn: string;
  answerDa: string;
  answerEn: string;
  sortOrder: string;
  publishFrom: string;
  publishTo: string;
}

const fields = ["audience", "topicDa", "questionDa", "answerDa", "topicEn", "questionEn", "answerEn", "sortOrder", "publishFrom", "publishTo"] as const;

/** Writes a question and answer for one of the FAQs, in Danish and English, and when it shows. */
export function FaqEntryForm({
  entry,
  locale,
  headingLevel = 2,
}: {
  entry?: FaqEntryFormEntry;
  locale: string;
  /** The level for the form's own headings: 2 on a page of its own, 3 inside the entry's edit section. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("editor");
  const form = useSchemaForm<Values, EditorOutcome>({
    schema: () => import("@/lib/content/schema").then((m) => m.faqEntrySchema),
    action: saveFaqEntryAction,
    fields,
    hiddenValues: { id: entry?.id ?? "", expectedVersion: 0 },
  });
  // The version the editor opened, not whatever the page was last refreshed with: a newer one
  // arriving underneath (the session cookie renewed) must still be a conflict when they save.
  const [opened] = useState(entry);
  const value = <K extends (typeof fields)[number]>(field: K) => (form.returned[field] as string | undefined) ?? opened?.[field];
  const expectedVersion = String(form.returned.expectedVersion ?? opened?.version ?? 0);
  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={headingLevel} />
      {form.failure?.conflict && <ConflictPanel conflict={form.failure.conflict} fields={fields} headingLevel={headingLevel} />}
      <form {...form.formProps} className="max-w-2xl">
        <input type="hidden" name="id" value={entry?.id ?? ""} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <input type="hidden" name="locale" value={locale} />
        <SelectField
          id="audience"
          label={t("fields.faqAudience")}
          options={(["jobsoegere", "arbejdsgivere"] as const).map((option) => ({ value: option, label: t(`audiences.${option}`) }))}
          error={form.errorFor("audience")}
          defaultValue={value("audience") ?? "jobsoegere"}
          {...form.register("audience")}
        />
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("danish")}</legend>
          <TextField
            id="topicDa"
            lang="da"
            label={t("fields.topicDa")}
            error={form.errorFor("topicDa")}
            defaultValue={value("topicDa")}
            {...form.register("topicDa")}
          />
          <TextField
            id="questionDa"
            lang="da"
            label={t("fields.questionDa")}
            error={form.errorFor("questionDa")}
            defaultValue={value("questionDa")}
            {...form.register("questionDa")}
          />
          <TextArea
            id="answerDa"
            lang="da"
            label={t("fields.answerDa")}
            hint={t("markdownHint")}
            error={form.errorFor("answerDa")}
            defaultValue={value("answerDa")}
            {...form.register("answerDa")}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("english")}</legend>
          <TextField
            id="topicEn"
            lang="en"
            label={t("fields.topicEn")}
            error={form.errorFor("topicEn")}
            defaultValue={value("topicEn")}
            {...form.register("topicEn")}
          />
          <TextField
            id="questionEn"
            lang="en"
            label={t("fields.questionEn")}
            error={form.errorFor("questionEn")}
            defaultValue={value("questionEn")}
            {...form.register("questionEn")}
          />
          <TextArea
            id="answerEn"
            lang="en"
            label={t("fields.answerEn")}
            hint={t("markdownHint")}
            error={form.errorFor("answerEn")}
            defaultValue={value("answerEn")}
            {...form.register("answerEn")}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("showing")}</legend>
          <TextField
            id="sortOrder"
            inputMode="numeric"
            label={t("fields.sortOrder")}
            hint={t("sortOrderHint")}
            error={form.errorFor("sortOrder")}
            defaultValue={value("sortOrder") ?? "100"}
            {...form.register("sortOrder")}
          />
          <TextField
            id="publishFrom"
            type="datetime-local"
            label={t("fields.publishFrom")}
            hint={t("publishFromHint")}
            error={form.errorFor("publishFrom")}
            defaultValue={value("publishFrom")}
            {...form.register("publishFrom")}
          />
          <TextField
            id="publishTo"
            type="datetime-local"
            label={t("fields.publishTo")}
            hint={t("publishToHint")}
            error={form.errorFor("publishTo")}
            defaultValue={value("publishTo")}
            {...form.register("publishTo")}
          />
        </fieldset>
        <SubmitButton>{entry ? t("save") : t("create")}</SubmitButton>
      </form>
    </>
  );
}
