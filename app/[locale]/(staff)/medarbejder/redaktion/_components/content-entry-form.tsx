"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import type { ContentKind } from "@/db/schema";
import type { FormAction } from "@/lib/actions";
import type { EditorOutcome } from "@/lib/content/actions";
import { contentKinds, formFieldsOf, type EditorField, type EditorFieldGroup } from "@/lib/content/kinds";
import { ConflictPanel } from "./conflict-panel";
import { languageOfField } from "./field-value";

/** The form's values: every field as the text its input holds, plus the hidden id and version. */
type Values = Record<string, unknown>;

/**
 * What the form starts from: the entry as saved, every field as its input's text (the publish
 * window in Danish time), with its id and version; nothing for a new entry.
 */
export type ContentEntryFormEntry = { id: string; version: number } & Record<string, string | number>;

/**
 * Writes one entry of a kind of content (lib/content/kinds.ts) in Danish and English, and
 * when and for whom it shows. Another editor's save in between comes back as a conflict,
 * shown beside this editor's text, which stays in the form.
 */
export function ContentEntryForm({
  kind,
  action,
  entry,
  locale,
  headingLevel = 2,
}: {
  kind: ContentKind;
  /** The kind's save action: creates a draft, or saves a new version of `entry`. */
  action: FormAction<EditorOutcome>;
  entry?: ContentEntryFormEntry;
  locale: string;
  /** The level for the form's own headings: 2 on a page of its own, 3 inside the entry's edit section. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("editor");
  const [fields] = useState(() => formFieldsOf(kind));
  const form = useSchemaForm<Values, EditorOutcome>({
    schema: () => import("@/lib/content/schema").then((m) => m.entrySchemas[kind]),
    action,
    fields,
    hiddenValues: { id: entry?.id ?? "", expectedVersion: 0 },
  });
  // The version the editor opened, not whatever the page was last refreshed with: a newer one
  // arriving underneath (the session cookie renewed) must still be a conflict when they save.
  const [opened] = useState(entry);
  const expectedVersion = String(form.returned.expectedVersion ?? opened?.version ?? 0);

  const control = (field: EditorField) => {
    const shared = {
      id: field.name,
      lang: languageOfField(field.name),
      label: t(`fields.${field.label ?? field.name}` as "fields.titleDa"),
      hint: field.control === "markdown" ? t("markdownHint") : field.hint && t(field.hint as "markdownHint"),
      error: form.errorFor(field.name),
      defaultValue: String(form.returned[field.name] ?? opened?.[field.name] ?? field.initial ?? ""),
      ...form.register(field.name),
    };
    switch (field.control) {
      case "markdown":
        return <TextArea key={field.name} {...shared} />;
      case "choice":
        return (
          <SelectField
            key={field.name}
            {...shared}
            options={(field.options ?? []).map((option) => ({ value: option, label: t(`${field.optionLabels}.${option}` as "audiences.everyone") }))}
          />
        );
      case "number":
        return <TextField key={field.name} inputMode="numeric" {...shared} />;
      case "datetime":
        return <TextField key={field.name} type="datetime-local" {...shared} />;
      default:
        return <TextField key={field.name} {...shared} />;
    }
  };

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={headingLevel} />
      {form.failure?.conflict && <ConflictPanel conflict={form.failure.conflict} fields={fields} headingLevel={headingLevel} />}
      <form {...form.formProps} className="max-w-2xl">
        <input type="hidden" name="id" value={entry?.id ?? ""} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <input type="hidden" name="locale" value={locale} />
        {(contentKinds[kind].form as readonly EditorFieldGroup[]).map((group, index) =>
          group.legend ? (
            <fieldset key={group.legend} className="mb-6">
              <legend className="mb-3 text-xl font-semibold">{t(group.legend)}</legend>
              {group.fields.map(control)}
            </fieldset>
          ) : (
            <Fragment key={index}>{group.fields.map(control)}</Fragment>
          ),
        )}
        <SubmitButton>{entry ? t("save") : t("create")}</SubmitButton>
      </form>
    </>
  );
}
