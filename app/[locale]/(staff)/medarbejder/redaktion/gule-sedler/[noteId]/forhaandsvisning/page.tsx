import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorEntryMissing } from "@/components/editor/editor-entry-missing";
import { PreviewFrame } from "@/components/editor/preview-frame";
import { YellowNote } from "@/components/yellow-notes";
import { getYellowNoteForEditors, localizeYellowNote } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string; noteId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("editor.previewTitle"));
}

/** Redaktion: the saved yellow note exactly as citizens will see it, in Danish and in English. */
export default async function YellowNotePreviewPage({ params }: Props) {
  const { locale, noteId } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, ["editor"]);
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
}
