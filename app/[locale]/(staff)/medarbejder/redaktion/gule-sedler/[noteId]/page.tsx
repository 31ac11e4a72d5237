import { getTranslations } from "next-intl/server";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { EntryStatus } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/entry-status";
import { VersionHistory } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/version-history";
import { YellowNoteForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/yellow-note-form";
import { SuccessNotice } from "@/components/notice";
import { changeYellowNoteStatus, restoreYellowNoteVersion } from "@/lib/content/actions";
import { toDanishLocalTime } from "@/lib/content/danish-time";
import { getYellowNoteForEditors, listVersions } from "@/lib/content/queries";
import { yellowNoteFields } from "@/lib/content/versions";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: one yellow note — its status, its text to edit, a preview and every earlier version. */
const page = staffPage<{ noteId: string }, { gemt?: string }>(["editor"], "editor.editNote", async ({ locale, params: { noteId }, searchParams }) => {
  const t = await getTranslations("editor");
  const note = await getYellowNoteForEditors({ id: noteId });
  if (!note) return <EditorEntryMissing />;
  const [versions, { gemt }] = await Promise.all([listVersions({ kind: "yellow_note", contentId: note.id }), searchParams]);
  // Every successful write opens the page again with the saved version in `gemt`, so the
  // forms start afresh. A conflict keeps the address, and so the editor's text and the
  // message about it, even when the page is refreshed with the newer version underneath
  // (without JavaScript, or when the session cookie is renewed).
  const formKey = gemt ?? "opened";
  const base = localizedPath(locale, `/medarbejder/redaktion/gule-sedler/${note.id}`);
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      {gemt && <SuccessNotice>{gemt === "1" ? t("createdDraft") : t("saved", { version: Number(gemt) || 0 })}</SuccessNotice>}
      <h1 className="mb-6">{t.rich("editNoteHeading", { title: note.titleDa, da: (title) => <span lang="da">{title}</span> })}</h1>
      <EntryStatus entry={note} formKey={formKey} action={changeYellowNoteStatus} previewHref={`${base}/forhaandsvisning`} />
      <section aria-labelledby="edit-heading" className="mb-10">
        <h2 id="edit-heading" className="mb-3 text-xl">
          {t("editHeading")}
        </h2>
        <YellowNoteForm
          headingLevel={3}
          key={formKey}
          locale={locale}
          note={{ ...note, publishFrom: toDanishLocalTime(note.publishFrom), publishTo: toDanishLocalTime(note.publishTo) }}
        />
      </section>
      <VersionHistory
        id={note.id}
        formKey={formKey}
        currentVersion={note.version}
        versions={versions}
        fields={yellowNoteFields}
        action={restoreYellowNoteVersion}
      />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
