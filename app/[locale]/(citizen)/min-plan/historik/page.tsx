import { getTranslations } from "next-intl/server";
import { PlanContent } from "@/app/[locale]/_components/plan-content";
import { Section } from "@/components/section";
import { formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { listPlanDocuments, listPlanHistory } from "@/lib/plans/queries";

/**
 * `Min historik` (R4.3): the earlier published versions of the citizen's plans — what the
 * jobcenter changed and when — and their documents: the uddannelsespålæg PDFs made before the
 * release, each opened by its owner only (dokumenter/<id>).
 */
const page = citizenPage("plans.history.title", async ({ locale, citizen }) => {
  const [t, versions, documents] = await Promise.all([
    getTranslations("plans"),
    listPlanHistory({ citizenId: citizen.citizenId }),
    listPlanDocuments({ citizenId: citizen.citizenId }),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4">{t("history.title")}</h1>
      <p className="mb-8 max-w-prose">{t("history.intro")}</p>
      <Section headingId="dokumenter" heading={t("history.documentsHeading")} className="mb-10">
        <p className="mb-4 max-w-prose">{t("history.documentsIntro")}</p>
        {documents.length === 0 ? (
          <p>{t("history.noDocuments")}</p>
        ) : (
          <ul className="list-disc space-y-2 pl-6">
            {documents.map((document) => (
              <li key={document.id}>
                <a href={localizedPath(locale, `/min-plan/historik/dokumenter/${document.id}`)} type="application/pdf">
                  {t("history.open", { title: t(`documentKinds.${document.kind}`), date: formatDanishDate(document.madeAt, locale) })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section headingId="tidligere-udgaver" heading={t("history.versionsHeading")} className="mb-10">
        {versions.length === 0 ? (
          <p>{t("history.noVersions")}</p>
        ) : (
          <ol className="space-y-6">
            {versions.map((version) => {
              const headingId = `udgave-${version.planId}-${version.version}`;
              return (
                <li key={headingId} className="rounded border-2 border-border p-4">
                  <article aria-labelledby={headingId}>
                    <h3 id={headingId} className="mb-1 text-lg">
                      {t("history.versionHeading", { kind: t(`kinds.${version.kind}`), version: version.version })}
                    </h3>
                    <p className="mb-3 text-muted">
                      {t("history.changedOn", {
                        change: t(`changes.${version.change}`),
                        date: formatDanishDate(version.createdAt, locale),
                      })}
                    </p>
                    <PlanContent kind={version.kind} version={version} />
                  </article>
                </li>
              );
            })}
          </ol>
        )}
      </Section>
      <p>
        <a href={localizedPath(locale, "/min-plan")}>{t("back")}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
