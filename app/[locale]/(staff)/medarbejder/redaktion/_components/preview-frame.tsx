import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { describePublishWindow, type EditorTranslator } from "./field-value";

/**
 * The frame of an editor's preview: where and when the entry shows, then the entry itself
 * in each language, rendered by the very component citizens' pages use.
 */
export async function PreviewFrame({
  entry,
  where,
  backHref,
  render,
}: {
  entry: { status: "draft" | "published" | "withdrawn"; version: number; publishFrom: Date | null; publishTo: Date | null };
  where: string;
  backHref: string;
  render: (language: "da" | "en") => ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  return (
    <>
      <p className="mb-4">
        <a href={backHref}>{t("backToEntry")}</a>
      </p>
      <h1 className="mb-4">{t("previewTitle")}</h1>
      <p className="mb-2 max-w-prose">{t("previewIntro", { version: entry.version })}</p>
      <ul className="mb-8 list-disc pl-6">
        <li>{where}</li>
        <li>
          {t("status")}: {t(`statuses.${entry.status}`)}
        </li>
        <li>
          {t("window.label")}: {describePublishWindow(entry, { t: t as EditorTranslator, locale })}
        </li>
      </ul>
      {(["da", "en"] as const).map((language) => (
        <section key={language} aria-labelledby={`preview-${language}`} className="mb-10 rounded border-2 border-dashed border-border p-6">
          <h2 id={`preview-${language}`} className="mb-4 text-xl">
            {t(language === "da" ? "danish" : "english")}
          </h2>
          <div lang={language}>{render(language)}</div>
        </section>
      ))}
    </>
  );
}
