import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorEntryMissing } from "@/components/editor/editor-entry-missing";
import { PreviewFrame } from "@/components/editor/preview-frame";
import { FaqEntry } from "@/components/faq-page";
import { getFaqEntryForEditors, localizeFaqEntry } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string; entryId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("editor.previewTitle"));
}

/** Redaktion: the saved FAQ entry exactly as citizens will see it, in Danish and in English. */
export default async function FaqEntryPreviewPage({ params }: Props) {
  const { locale, entryId } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, ["editor"]);
  const t = await getTranslations("editor");
  const entry = await getFaqEntryForEditors({ id: entryId });
  if (!entry) return <EditorEntryMissing />;
  return (
    <PreviewFrame
      entry={entry}
      where={t("previewFaqWhere", { audience: t(`audiences.${entry.audience}`) })}
      backHref={localizedPath(locale, `/medarbejder/redaktion/faq/${entry.id}`)}
      render={(language) => {
        const localized = localizeFaqEntry(entry, language);
        return (
          <>
            <p className="mb-2 text-muted">{localized.topic}</p>
            <FaqEntry entry={{ ...localized, slug: `${localized.slug}-${language}` }} locale={language} />
          </>
        );
      }}
    />
  );
}
