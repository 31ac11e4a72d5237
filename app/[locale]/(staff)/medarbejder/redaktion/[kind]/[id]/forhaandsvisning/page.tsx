import { getTranslations } from "next-intl/server";
import { editorKindAt } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-kinds";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import type { EditorTranslator } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/field-value";
import { PreviewFrame } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/preview-frame";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: a saved entry (a yellow note, a FAQ entry) exactly as citizens will see it, in Danish and in English. */
const page = staffPage<{ kind: string; id: string }>(["editor"], "editor.previewTitle", async ({ locale, params }) => {
  const kind = editorKindAt(params.kind);
  const entry = kind && (await kind.get({ id: params.id }));
  if (!kind || !entry) return <EditorEntryMissing />;
  const t = await getTranslations("editor");
  return (
    <PreviewFrame
      entry={entry}
      where={kind.where(entry, t as EditorTranslator)}
      backHref={localizedPath(locale, `/medarbejder/redaktion/${kind.path}/${entry.id}`)}
      render={(language) => kind.preview(entry, language)}
    />
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
