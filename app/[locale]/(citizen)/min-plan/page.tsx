import { getTranslations } from "next-intl/server";
import { PlanContent } from "@/app/[locale]/_components/plan-content";
import { MessagePage } from "@/components/message-page";
import { formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { listCurrentPlans } from "@/lib/plans/queries";

/**
 * `Min plan` (R4.3): the citizen's plans as their jobcenter last published them — kind, step,
 * goal, indsats, offers and støttebehov in the page's language. Drafts are the jobcenter's only.
 * No uddannelsespålæg PDF is made any more; older ones are under `Min historik`.
 */
const page = citizenPage("plans.title", async ({ locale, citizen }) => {
  const [t, plans] = await Promise.all([getTranslations("plans"), listCurrentPlans({ citizenId: citizen.citizenId })]);
  const history = { href: localizedPath(locale, "/min-plan/historik"), label: t("historyLink") };
  if (plans.length === 0) {
    return (
      <MessagePage heading={t("title")} link={history}>
        <p className="mb-6">{t("empty")}</p>
      </MessagePage>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-prose">{t("intro")}</p>
      {plans.map((plan) => {
        const headingId = `plan-${plan.planId}`;
        return (
          <section key={plan.planId} aria-labelledby={headingId} className="mb-8 rounded border-2 border-border p-6">
            <h2 id={headingId} className="mb-2 text-xl">
              {t(`kinds.${plan.kind}`)}
            </h2>
            <p className="mb-4 text-muted">
              {t("fields.published")}: <time dateTime={plan.createdAt.toISOString()}>{formatDanishDate(plan.createdAt, locale)}</time>
            </p>
            <PlanContent kind={plan.kind} version={plan} />
          </section>
        );
      })}
      <p>
        <a href={history.href}>{history.label}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
