import { formatDanishTime } from "@/lib/content/danish-time";

/** The `editor` namespace's translator, on the server or in the browser. */
export type EditorTranslator = (key: string, values?: Record<string, string>) => string;

/** The language a field's text is written in, from its name (`titleDa`, `bodyEn`); none for the rest. */
export function languageOfField(field: string): "da" | "en" | undefined {
  if (field.endsWith("Da")) return "da";
  if (field.endsWith("En")) return "en";
  return undefined;
}

/** One field of a saved version as an editor reads it: times in Danish time, choices by their label. */
export function describeFieldValue(field: string, value: unknown, { t, locale }: { t: EditorTranslator; locale: string }): string {
  if (value === null || value === undefined || value === "") return "–";
  if (field === "publishFrom" || field === "publishTo") return formatDanishTime(new Date(String(value)), locale);
  if (field === "audience") return t(`audiences.${value}`);
  if (field === "placement") return t(`placements.${value}`);
  return String(value);
}

/** When a published entry shows, in Danish time, in words. */
export function describePublishWindow(
  window: { publishFrom: Date | null; publishTo: Date | null },
  { t, locale }: { t: EditorTranslator; locale: string },
): string {
  const from = window.publishFrom && formatDanishTime(window.publishFrom, locale);
  const to = window.publishTo && formatDanishTime(window.publishTo, locale);
  if (from && to) return t("window.between", { from, to });
  if (from) return t("window.from", { from });
  if (to) return t("window.until", { to });
  return t("window.always");
}
