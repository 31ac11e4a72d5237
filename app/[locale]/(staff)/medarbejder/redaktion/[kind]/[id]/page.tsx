import { getTranslations } from "next-intl/server";
import { ContentEntryForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-entry-form";
import { editorKindAt, formValuesOf } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-kinds";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { editorPageTitle } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-page-title";
import { EntryStatus } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/entry-status";
import { VersionHistory } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/version-history";
import { SuccessNotice } from "@/components/notice";
import { listVersions } from "@/lib/content/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";
import { Section } from "@/components/section";

/** Redaktion: one entry (a yellow note, a FAQ entry) — its status, its text to edit, a preview and every earlier version. */
const page = staffPage<{ kind: string; id: string }, { gemt?: string }>(["editor"], editorPageTitle("edit"), async ({ locale, params, searchParams }) => {
  const kind = editorKindAt(params.kind);
  const entry = kind && (await kind.get({ id: params.id }));
  if (!kind || !entry) return <EditorEntryMissing />;
  const [t, versions, { gemt }] = await Promise.all([getTranslations("editor"), listVersions({ kind: kind.kind, contentId: entry.id }), searchParams]);
  // Every successful write opens the page again with the saved version in `gemt`, so the
  // forms start afresh. A conflict keeps the address, and so the editor's text and the
  // message about it, even when the page is refreshed with the newer version underneath
  // (without JavaScript, or when the session cookie is renewed).
  const formKey = gemt ?? "opened";
  const base = localizedPath(locale, `/medarbejder/redaktion/${kind.path}/${entry.id}`);
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      {gemt && <SuccessNotice>{gemt === "1" ? t("createdDraft") : t("saved", { version: Number(gemt) || 0 })}</SuccessNotice>}
      <h1 className="mb-6">{t.rich(`kinds.${kind.kind}.named`, { name: String(entry[kind.nameField]), da: (name) => <span lang="da">{name}</span> })}</h1>
      <EntryStatus entry={entry} formKey={formKey} action={kind.changeStatus} previewHref={`${base}/forhaandsvisning`} />
      <Section headingId="edit-heading" heading={t("editHeading")} className="mb-10">
        <ContentEntryForm headingLevel={3} key={formKey} kind={kind.kind} action={kind.save} locale={locale} entry={formValuesOf(entry, kind.fields)} />
      </Section>
      <VersionHistory id={entry.id} formKey={formKey} currentVersion={entry.version} versions={versions} fields={kind.fields} action={kind.restore} />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
