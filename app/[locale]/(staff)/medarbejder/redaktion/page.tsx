import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { ScrollRegion } from "@/components/scroll-region";
import { describePublishWindow, type EditorTranslator } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/field-value";
import { listFaqEntriesForEditors, listYellowNotesForEditors } from "@/lib/content/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: every yellow note and FAQ entry with its status, and the way to a new one. */
const page = staffPage(["editor"], "editor.title", async ({ locale }) => {
  const [t, notes, entries] = await Promise.all([getTranslations("editor"), listYellowNotesForEditors(), listFaqEntriesForEditors()]);
  const path = (suffix: string) => localizedPath(locale, `/medarbejder/redaktion${suffix}`);
  const shows = (row: { publishFrom: Date | null; publishTo: Date | null }) => describePublishWindow(row, { t: t as EditorTranslator, locale });
  return (
    <div className="max-w-5xl">
      <h1 className="mb-6">{t("title")}</h1>
      <section aria-labelledby="notes-heading" className="mb-12">
        <h2 id="notes-heading" className="mb-3 text-xl">
          {t("notesHeading")}
        </h2>
        <p className="mb-4">
          <a href={path("/gule-sedler/ny")} className={buttonStyles.secondary}>
            {t("newNote")}
          </a>
        </p>
        {notes.length === 0 ? (
          <p>{t("noNotes")}</p>
        ) : (
          <ScrollRegion labelledBy="notes-heading">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("notesHeading")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.titleDa")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.placement")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.audience")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("window.label")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {notes.map((note) => (
                  <tr key={note.id} className="border-b border-border align-top">
                    <td className="py-2 pr-4">
                      <a href={path(`/gule-sedler/${note.id}`)} lang="da">
                        {note.titleDa}
                      </a>
                    </td>
                    <td className="py-2 pr-4">{t(`placements.${note.placement}`)}</td>
                    <td className="py-2 pr-4">{t(`audiences.${note.audience}`)}</td>
                    <td className="py-2 pr-4">{t(`statuses.${note.status}`)}</td>
                    <td className="py-2">{shows(note)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading" className="mb-3 text-xl">
          {t("faqHeading")}
        </h2>
        <p className="mb-4">
          <a href={path("/faq/ny")} className={buttonStyles.secondary}>
            {t("newFaqEntry")}
          </a>
        </p>
        {entries.length === 0 ? (
          <p>{t("noFaqEntries")}</p>
        ) : (
          <ScrollRegion labelledBy="faq-heading">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("faqHeading")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.questionDa")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.faqAudience")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("fields.topicDa")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("window.label")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} className="border-b border-border align-top">
                    <td className="py-2 pr-4">
                      <a href={path(`/faq/${entry.id}`)} lang="da">
                        {entry.questionDa}
                      </a>
                    </td>
                    <td className="py-2 pr-4">{t(`audiences.${entry.audience}`)}</td>
                    <td className="py-2 pr-4" lang="da">
                      {entry.topicDa}
                    </td>
                    <td className="py-2 pr-4">{t(`statuses.${entry.status}`)}</td>
                    <td className="py-2">{shows(entry)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
