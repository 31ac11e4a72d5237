import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FaqEntryForm } from "@/components/editor/faq-entry-form";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("editor.newFaqEntry"));
}

/** Redaktion: a new FAQ entry, saved as a draft. */
export default async function NewFaqEntryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, ["editor"]);
  const t = await getTranslations("editor");
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      <h1 className="mb-4">{t("newFaqEntry")}</h1>
      <p className="mb-8 max-w-prose">{t("newDraftIntro")}</p>
      <FaqEntryForm locale={locale} />
    </>
  );
}
