import { getLocale, getTranslations } from "next-intl/server";
import { PlanContent } from "@/app/[locale]/_components/plan-content";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { ScrollRegion } from "@/components/scroll-region";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import type { Actor } from "@/lib/audit/mutations";
import { formatDanishTime } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import { deletePlanStoettebehovAction, publishPlanAction } from "@/lib/plans/actions";
import { listPlansForCaseworker } from "@/lib/plans/queries";
import { stoettebehovKoder } from "@/lib/plans/stoettebehov";
import { isPublishable } from "@/lib/plans/versions";
import { FocusOnArrival } from "./focus-on-arrival";
import { CreatePlanForm, PlanDraftForm } from "./plan-forms";

/**
 * Jobcenter: the citizen's plans (R4.1). Each plan's latest version — a draft to edit and
 * publish, or the published plan the citizen sees, whose støttebehov can be deleted — and its
 * versions with who made each, when and what kind of change; `Opret plan` makes another.
 */
export async function PlansForCaseworker({
  citizenId,
  viewer,
  shown = {},
}: {
  citizenId: string;
  viewer: Actor;
  /** From the page's address: the plan just published or whose støttebehov were just deleted, or whose deletion awaits `Bekræft`. */
  shown?: { planId?: string; done?: string; confirm?: string };
}) {
  const [t, plansText, labels, locale, plans] = await Promise.all([
    getTranslations("plans.staff"),
    getTranslations("plans"),
    getTranslations("stoettebehov"),
    getLocale(),
    listPlansForCaseworker({ citizenId, viewer }),
  ]);
  const kinds = (["jobplan", "uddannelsesplan"] as const).map((kind) => ({ value: kind, label: plansText(`kinds.${kind}`) }));
  const stoettebehovOptions = stoettebehovKoder.map((code) => ({ value: code, label: labels(code) }));
  return (
    <Section headingId="plans-tool-heading" heading={t("title")} className="mb-10 rounded border border-border p-6">
      <p className="mb-4">{t("intro")}</p>
      {plans.length === 0 && <p className="mb-6">{t("none")}</p>}
      {plans.map((plan) => {
        const kind = plansText(`kinds.${plan.kind}`);
        const latest = plan.versions[0];
        // With a draft pending, the caseworker also sees what the citizen sees: the last published version.
        const lastPublished = plan.versions.find((version) => version.status === "published");
        const headingId = `plan-${plan.id}-heading`;
        return (
          <section key={plan.id} aria-labelledby={headingId} className="mb-8 border-b border-border pb-6">
            <h3 id={headingId} className="mb-2 text-lg font-semibold">
              {t("planHeading", { kind, created: formatDanishTime(plan.createdAt, locale) })}
            </h3>
            {/* Said until the next saved draft makes it old news. */}
            {shown.planId === plan.id && latest.status === "published" && (shown.done === "offentliggjort" || shown.done === "stoettebehov-slettet") && (
              <FocusOnArrival
                id={`plan-${plan.id}-status`}
                role="status"
                focusKey={latest.version}
                className="mb-4 border-l-8 border-[#00703c] bg-[#e6f4ea] p-4 font-semibold"
              >
                {t(shown.done === "offentliggjort" ? "done.published" : "done.stoettebehovDeleted")}
              </FocusOnArrival>
            )}
            <p className="mb-4">{t("latest", { version: latest.version, status: t(`statuses.${latest.status}`) })}</p>
            <PlanContent kind={plan.kind} version={latest} />
            {latest.status === "draft" && lastPublished && (
              <section aria-labelledby={`${headingId}-published`} className="mb-6 border-l-4 border-border pl-4">
                <h4 id={`${headingId}-published`} className="mb-2 font-semibold">
                  {t("publishedTitle", { version: lastPublished.version })}
                </h4>
                <PlanContent kind={plan.kind} version={lastPublished} />
              </section>
            )}
            {latest.status === "draft" && isPublishable(plan.kind, latest) && (
              <ActionForm
                action={publishPlanAction}
                fields={{ citizenId, planId: plan.id, version: String(latest.version), locale }}
                className="mb-6"
                errorSummary={{ title: t("errorSummaryTitle"), fieldId: `plan-${plan.id}-publish`, headingLevel: 4 }}
              >
                <p className="mb-2">{t("publishHint")}</p>
                <SubmitButton id={`plan-${plan.id}-publish`} aria-label={t("publishLabel", { version: latest.version, kind })}>
                  {t("publishButton")}
                </SubmitButton>
              </ActionForm>
            )}
            {latest.status === "draft" && !isPublishable(plan.kind, latest) && <p className="mb-6">{t("publishNotYet")}</p>}
            {latest.status === "published" &&
              plan.kind === "uddannelsesplan" &&
              latest.stoettebehov.length > 0 &&
              (shown.planId === plan.id && shown.confirm === "slet-stoettebehov" ? (
                // `Slet støttebehov` sends the citizen a letter: it is done only after `Bekræft`.
                <FocusOnArrival
                  as="div"
                  id={`plan-${plan.id}-confirm`}
                  role="group"
                  focusKey={latest.version}
                  aria-labelledby={`plan-${plan.id}-confirm-heading`}
                  className="mb-6 border-4 border-error p-4"
                >
                  <h4 id={`plan-${plan.id}-confirm-heading`} className="mb-2 font-semibold">
                    {t("confirmDeleteTitle")}
                  </h4>
                  <p className="mb-4">{t("deleteStoettebehovHint")}</p>
                  <ActionForm
                    action={deletePlanStoettebehovAction}
                    fields={{ citizenId, planId: plan.id, version: String(latest.version), locale }}
                    errorSummary={{ title: t("errorSummaryTitle"), fieldId: `plan-${plan.id}-confirm-button`, headingLevel: 4 }}
                    className="flex flex-wrap items-center gap-6"
                  >
                    <SubmitButton id={`plan-${plan.id}-confirm-button`} variant="danger">
                      {t("confirmButton")}
                    </SubmitButton>
                    <a href={`${localizedPath(locale, `/medarbejder/jobcenter/borger/${citizenId}`)}#${headingId}`}>{t("cancelLink")}</a>
                  </ActionForm>
                </FocusOnArrival>
              ) : (
                <form method="get" action={`${localizedPath(locale, `/medarbejder/jobcenter/borger/${citizenId}`)}#plan-${plan.id}-confirm`} className="mb-6">
                  <input type="hidden" name="plan" value={plan.id} />
                  <input type="hidden" name="bekraeft" value="slet-stoettebehov" />
                  <p className="mb-2">{t("deleteStoettebehovHint")}</p>
                  <button type="submit" className={buttonStyles.danger} aria-label={t("deleteStoettebehovLabel", { kind })}>
                    {t("deleteStoettebehovButton")}
                  </button>
                </form>
              ))}
            <h4 className="mb-2 font-semibold">{t("editTitle")}</h4>
            <PlanDraftForm
              // A new form after a publish or a deletion (its `Kladden er gemt.` is no longer news); kept across saves, which it reports itself.
              key={lastPublished?.version ?? 0}
              citizenId={citizenId}
              planId={plan.id}
              version={latest.version}
              kind={plan.kind}
              current={latest}
              stoettebehovOptions={stoettebehovOptions}
            />
            <ScrollRegion labelledBy={`plan-${plan.id}-history`} className="mt-6">
              <table className="w-full text-left">
                <caption id={`plan-${plan.id}-history`} className="mb-2 text-left font-semibold">
                  {t("historyCaption", { kind })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.version")}</th>
                    <th scope="col">{t("columns.change")}</th>
                    <th scope="col">{t("columns.status")}</th>
                    <th scope="col">{t("columns.who")}</th>
                    <th scope="col">{t("columns.when")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.versions.map((version) => (
                    <tr key={version.version}>
                      <td>{version.version}</td>
                      <td>{plansText(`changes.${version.change}`)}</td>
                      <td>{t(`statuses.${version.status}`)}</td>
                      <td>{version.createdByName}</td>
                      <td>
                        <time dateTime={version.createdAt.toISOString()}>{formatDanishTime(version.createdAt, locale)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}
      <h3 className="mb-3 text-lg font-semibold">{t("createTitle")}</h3>
      <CreatePlanForm citizenId={citizenId} kinds={kinds} />
    </Section>
  );
}
