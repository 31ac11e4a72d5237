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
import { saveYellowNoteAction, type EditorOutcome } from "@/lib/content/actions";
import { ConflictPanel } from "./conflict-panel";
import type { yellowNoteSchema } from "@/lib/content/schema";

type Values = z.input<typeof yellowNoteSchema>;

/** What the form starts from: the note as saved (publish window in Danish time), or nothing for a new note. */
export interface YellowNoteFormNote {
  id: string;
  version: number;
  titleDa: string;
  titleEn: string;
  bodyDa: string;
  bodyEn: string;
  audience: "everyone" | "logged_out" | "logged_in";
  placement: "front_page" | "login_pages";
  publishFrom: string;
  publishTo: string;
}

const fields = ["titleDa", "bodyDa", "titleEn", "bodyEn", "audience", "placement", "publishFrom", "publishTo"] as const;

/** Writes a yellow note in Danish and English, for whom and where it shows, and when. */
export function YellowNoteForm({
  note,
  locale,
  headingLevel = 2,
}: {
  note?: YellowNoteFormNote;
  locale: string;
  /** The level for the form's own headings: 2 on a page of its own, 3 inside the entry's edit section. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("editor");
  const form = useSchemaForm<Values, EditorOutcome>({
    schema: () => import("@/lib/content/schema").then((m) => m.yellowNoteSchema),
    action: saveYellowNoteAction,
    fields,
    hiddenValues: { id: note?.id ?? "", expectedVersion: 0 },
  });
  // The version the editor opened, not whatever the page was last refreshed with: a newer one
  // arriving underneath (the session cookie renewed) must still be a conflict when they save.
  const [opened] = useState(note);
  const value = <K extends (typeof fields)[number]>(field: K) => (form.returned[field] as string | undefined) ?? opened?.[field];
  const expectedVersion = String(form.returned.expectedVersion ?? opened?.version ?? 0);
  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={headingLevel} />
      {form.failure?.conflict && <ConflictPanel conflict={form.failure.conflict} fields={fields} headingLevel={headingLevel} />}
      <form {...form.formProps} className="max-w-2xl">
        <input type="hidden" name="id" value={note?.id ?? ""} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("danish")}</legend>
          <TextField
            id="titleDa"
            lang="da"
            label={t("fields.titleDa")}
            error={form.errorFor("titleDa")}
            defaultValue={value("titleDa")}
            {...form.register("titleDa")}
          />
          <TextArea
            id="bodyDa"
            lang="da"
            label={t("fields.bodyDa")}
            hint={t("markdownHint")}
            error={form.errorFor("bodyDa")}
            defaultValue={value("bodyDa")}
            {...form.register("bodyDa")}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("english")}</legend>
          <TextField
            id="titleEn"
            lang="en"
            label={t("fields.titleEn")}
            error={form.errorFor("titleEn")}
            defaultValue={value("titleEn")}
            {...form.register("titleEn")}
          />
          <TextArea
            id="bodyEn"
            lang="en"
            label={t("fields.bodyEn")}
            hint={t("markdownHint")}
            error={form.errorFor("bodyEn")}
            defaultValue={value("bodyEn")}
            {...form.register("bodyEn")}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-3 text-xl font-semibold">{t("showing")}</legend>
          <SelectField
            id="audience"
            label={t("fields.audience")}
            options={(["everyone", "logged_out", "logged_in"] as const).map((option) => ({ value: option, label: t(`audiences.${option}`) }))}
            error={form.errorFor("audience")}
            defaultValue={value("audience") ?? "everyone"}
            {...form.register("audience")}
          />
          <SelectField
            id="placement"
            label={t("fields.placement")}
            options={(["front_page", "login_pages"] as const).map((option) => ({ value: option, label: t(`placements.${option}`) }))}
            error={form.errorFor("placement")}
            defaultValue={value("placement") ?? "front_page"}
            {...form.register("placement")}
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
        <SubmitButton>{note ? t("save") : t("create")}</SubmitButton>
      </form>
    </>
  );
}
