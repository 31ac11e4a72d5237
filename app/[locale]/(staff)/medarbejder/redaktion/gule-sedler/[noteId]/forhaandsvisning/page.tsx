import { getTranslations } from "next-intl/server";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { PreviewFrame } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/preview-frame";
import { YellowNote } from "@/app/[locale]/_components/yellow-notes";
import { getYellowNoteForEditors, localizeYellowNote } from "@/lib/content/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage, type SearchParams } from "@/lib/pages";

/** Redaktion: the saved yellow note exactly as citizens will see it, in Danish and in English. */
const page = staffPage<{ noteId: string }, SearchParams>(["editor"], "editor.previewTitle", async ({ locale, params: { noteId } }) => {
  const t = await getTranslations("editor");
  const note = await getYellowNoteForEditors({ id: noteId });
  if (!note) return <EditorEntryMissing />;
  return (
    <PreviewFrame
      entry={note}
      where={t("previewWhere", { placement: t(`placements.${note.placement}`), audience: t(`audiences.${note.audience}`) })}
      backHref={localizedPath(locale, `/medarbejder/redaktion/gule-sedler/${note.id}`)}
      render={(language) => <YellowNote note={{ ...localizeYellowNote(note, language), id: `${note.id}-${language}` }} headingLevel={3} />}
    />
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
