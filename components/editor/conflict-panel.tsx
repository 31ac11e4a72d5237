"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SavedVersion } from "@/lib/content/mutations";

/**
 * Shown when another editor saved while this one was writing: their saved text, field by
 * field, beside this editor's own text, which stays in the form below. Saving again
 * replaces theirs deliberately; reloading the page keeps it.
 */
export function ConflictPanel({ conflict, fields }: { conflict: SavedVersion; fields: readonly string[] }) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const shown = (field: string): string => {
    const value = conflict.snapshot[field];
    if (value === null || value === undefined || value === "") return "–";
    if (field === "publishFrom" || field === "publishTo") {
      return format.dateTime(new Date(String(value)), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" });
    }
    if (field === "audience" && typeof value === "string" && t.has(`audiences.${value}`)) return t(`audiences.${value}` as "audiences.everyone");
    if (field === "placement") return t(`placements.${value}` as "placements.front_page");
    return String(value);
  };
  return (
    <section aria-labelledby="conflict-heading" className="mb-8 border-4 border-[#e0b400] p-4">
      <h2 id="conflict-heading" className="mb-2 text-xl">
        {t("conflict.heading")}
      </h2>
      <p className="mb-4">
        {t("conflict.savedBy", {
          version: conflict.version,
          name: conflict.savedByName ?? t("releaseAuthor"),
          date: format.dateTime(new Date(conflict.savedAt), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
        })}
      </p>
      <dl className="mb-4 space-y-2">
        {fields.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{t(`fields.${field}` as "fields.titleDa")}</dt>
            <dd className="whitespace-pre-line">{shown(field)}</dd>
          </div>
        ))}
      </dl>
      <p className="font-semibold">{t("conflict.yourText")}</p>
    </section>
  );
}
