"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDanishTime } from "@/lib/content/danish-time";
import type { SavedVersion } from "@/lib/content/mutations";
import { describeFieldValue, languageOfField, type EditorTranslator } from "./field-value";

/**
 * Shown when another editor saved while this one was writing: their saved text, field by
 * field, beside this editor's own text, which stays in the form below. Saving again
 * replaces theirs deliberately; reloading the page keeps it.
 */
export function ConflictPanel({ conflict, fields, headingLevel = 2 }: { conflict: SavedVersion; fields: readonly string[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const savedAt = formatDanishTime(new Date(conflict.savedAt), locale);
  const shown = (field: string) => describeFieldValue(field, conflict.snapshot[field], { t: t as EditorTranslator, locale });
  return (
    <section aria-labelledby="conflict-heading" className="mb-8 border-4 border-[#e0b400] p-4">
      <Heading id="conflict-heading" className="mb-2 text-xl">
        {t("conflict.heading")}
      </Heading>
      <p className="mb-4">
        {conflict.savedByName
          ? t("conflict.savedBy", { version: conflict.version, name: conflict.savedByName, date: savedAt })
          : t("conflict.savedWithoutEditor", { version: conflict.version, date: savedAt })}
      </p>
      <dl className="mb-4 space-y-2">
        {fields.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{t(`fields.${field}` as "fields.titleDa")}</dt>
            <dd lang={languageOfField(field)} className="whitespace-pre-line">
              {shown(field)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="font-semibold">{t("conflict.yourText")}</p>
    </section>
  );
}
