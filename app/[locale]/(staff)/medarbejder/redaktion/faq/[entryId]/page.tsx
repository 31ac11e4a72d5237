import { getTranslations } from "next-intl/server";
import { EditorEntryMissing } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/editor-entry-missing";
import { EntryStatus } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/entry-status";
import { FaqEntryForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/faq-entry-form";
import { VersionHistory } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/version-history";
import { SuccessNotice } from "@/components/notice";
import { changeFaqEntryStatus, restoreFaqEntryVersion } from "@/lib/content/actions";
import { toDanishLocalTime } from "@/lib/content/danish-time";
import { getFaqEntryForEditors, listVersions } from "@/lib/content/queries";
import { faqEntryFields } from "@/lib/content/versions";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: one FAQ entry — its status, its text to edit, a preview and every earlier version. */
const page = staffPage<{ entryId: string }, { gemt?: string }>(["editor"], "editor.editFaqEntry", async ({ locale, params: { entryId }, searchParams }) => {
  const t = await getTranslations("editor");
  const entry = await getFaqEntryForEditors({ id: entryId });
  if (!entry) return <EditorEntryMissing />;
  const [versions, { gemt }] = await Promise.all([listVersions({ kind: "faq_entry", contentId: entry.id }), searchParams]);
  // Every successful write opens the page again with the saved version in `gemt`, so the
  // forms start afresh. A conflict keeps the address, and so the editor's text and the
  // message about it, even when the page is refreshed with the newer version underneath
  // (without JavaScript, or when the session cookie is renewed).
  const formKey = gemt ?? "opened";
  const base = localizedPath(locale, `/medarbejder/redaktion/faq/${entry.id}`);
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      {gemt && <SuccessNotice>{gemt === "1" ? t("createdDraft") : t("saved", { version: Number(gemt) || 0 })}</SuccessNotice>}
      <h1 className="mb-6">{t.rich("editFaqHeading", { question: entry.questionDa, da: (question) => <span lang="da">{question}</span> })}</h1>
      <EntryStatus entry={entry} formKey={formKey} action={changeFaqEntryStatus} previewHref={`${base}/forhaandsvisning`} />
      <section aria-labelledby="edit-heading" className="mb-10">
        <h2 id="edit-heading" className="mb-3 text-xl">
          {t("editHeading")}
        </h2>
        <FaqEntryForm
          headingLevel={3}
          key={formKey}
          locale={locale}
          entry={{
            ...entry,
            sortOrder: String(entry.sortOrder),
            publishFrom: toDanishLocalTime(entry.publishFrom),
            publishTo: toDanishLocalTime(entry.publishTo),
          }}
        />
      </section>
      <VersionHistory
        id={entry.id}
        formKey={formKey}
        currentVersion={entry.version}
        versions={versions}
        fields={faqEntryFields}
        action={restoreFaqEntryVersion}
      />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
