import { getTranslations } from "next-intl/server";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { PreviewFrame } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/preview-frame";
import { FaqEntry } from "@/app/[locale]/_components/faq-page";
import { getFaqEntryForEditors, localizeFaqEntry } from "@/lib/content/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage, type SearchParams } from "@/lib/pages";

/** Redaktion: the saved FAQ entry exactly as citizens will see it, in Danish and in English. */
const page = staffPage<{ entryId: string }, SearchParams>(["editor"], "editor.previewTitle", async ({ locale, params: { entryId } }) => {
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
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
