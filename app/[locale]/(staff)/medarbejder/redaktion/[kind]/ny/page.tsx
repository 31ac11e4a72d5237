import { getTranslations } from "next-intl/server";
import { ContentEntryForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-entry-form";
import { editorKindAt } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-kinds";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { editorPageTitle } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-page-title";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: a new entry of one kind (`gule-sedler`, `faq`), saved as a draft. */
const page = staffPage<{ kind: string }>(["editor"], editorPageTitle("new"), async ({ locale, params }) => {
  const kind = editorKindAt(params.kind);
  if (!kind) return <EditorEntryMissing />;
  const t = await getTranslations("editor");
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      <h1 className="mb-4">{t(`kinds.${kind.kind}.new`)}</h1>
      <p className="mb-8 max-w-prose">{t("newDraftIntro")}</p>
      <ContentEntryForm kind={kind.kind} action={kind.save} locale={locale} />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
