import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { ScrollRegion } from "@/components/scroll-region";
import { Section } from "@/components/section";
import { allEditorKinds } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/content-kinds";
import {
  describeFieldValue,
  describePublishWindow,
  languageOfField,
  type EditorTranslator,
} from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/field-value";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: every entry of every kind of content (yellow notes, FAQ entries) with its status, and the way to a new one. */
const page = staffPage(["editor"], "editor.title", async ({ locale }) => {
  const [t, kinds] = await Promise.all([getTranslations("editor"), Promise.all(allEditorKinds.map(async (kind) => ({ ...kind, entries: await kind.list() })))]);
  const editor = { t: t as EditorTranslator, locale };
  const path = (suffix: string) => localizedPath(locale, `/medarbejder/redaktion${suffix}`);
  return (
    <div className="max-w-5xl">
      <h1 className="mb-6">{t("title")}</h1>
      {kinds.map((kind) => {
        const headingId = `${kind.path}-heading`;
        const heading = t(`kinds.${kind.kind}.heading`);
        return (
          <Section key={kind.kind} headingId={headingId} heading={heading} className="mb-12">
            <p className="mb-4">
              <a href={path(`/${kind.path}/ny`)} className={buttonStyles.secondary}>
                {t(`kinds.${kind.kind}.new`)}
              </a>
            </p>
            {kind.entries.length === 0 ? (
              <p>{t(`kinds.${kind.kind}.none`)}</p>
            ) : (
              <ScrollRegion labelledBy={headingId}>
                <table className="w-full border-collapse text-left">
                  <caption className="sr-only">{heading}</caption>
                  <thead>
                    <tr className="border-b-2 border-ink">
                      {[kind.nameField, ...kind.columns.map((column) => column.label ?? column.field)].map((label) => (
                        <th key={label} scope="col" className="py-2 pr-4">
                          {t(`fields.${label}` as "fields.titleDa")}
                        </th>
                      ))}
                      <th scope="col" className="py-2 pr-4">
                        {t("status")}
                      </th>
                      <th scope="col" className="py-2">
                        {t("window.label")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {kind.entries.map((entry) => (
                      <tr key={entry.id} className="border-b border-border align-top">
                        <td className="py-2 pr-4">
                          <a href={path(`/${kind.path}/${entry.id}`)} lang="da">
                            {String(entry[kind.nameField])}
                          </a>
                        </td>
                        {kind.columns.map(({ field }) => (
                          <td key={field} className="py-2 pr-4" lang={languageOfField(field)}>
                            {describeFieldValue(field, entry[field], editor)}
                          </td>
                        ))}
                        <td className="py-2 pr-4">{t(`statuses.${entry.status}`)}</td>
                        <td className="py-2">{describePublishWindow(entry, editor)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Section>
        );
      })}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
