import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MessagePage } from "@/components/message-page";
import { TermList } from "@/components/term-list";
import { formatDay, formatHours } from "@/lib/dagpenge/format";
import { getDagpengeFigures } from "@/lib/dagpenge/queries";
import { hasDagpengetaeller } from "@/lib/dagpenge/rules";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";

/**
 * Dagpengetælleren (R1.7): the citizen's hours of the dagpengeperiode used and left, its
 * expected end, and hours toward a new period, with the date the figures are from. The
 * figures are a description list a screen reader reads as text; the bar beside them is
 * decoration and hidden from assistive technology. Citizens it is not for are told so.
 */
const page = citizenPage("dagpengetaeller.title", async ({ locale, citizen }) => {
  const t = await getTranslations("dagpengetaeller");
  // A Danish word in the English text (the benefit's own name) is marked, for screen readers.
  const da = (chunks: ReactNode) => <span lang="da">{chunks}</span>;
  const back = { href: localizedPath(locale, "/"), label: t("back") };
  if (!hasDagpengetaeller(citizen.contactGroup)) {
    return (
      <MessagePage heading={t("title")} link={back}>
        <p className="mb-6">{t.rich("notForYou", { da })}</p>
      </MessagePage>
    );
  }
  const figures = await getDagpengeFigures({ citizenId: citizen.citizenId });
  if (!figures) {
    return (
      <MessagePage heading={t("title")} link={back}>
        <p className="mb-6">{t("noFigures")}</p>
      </MessagePage>
    );
  }
  const hours = (value: number) => t("hours", { hours: formatHours(value, locale) });
  const period = figures.hoursUsed + figures.hoursLeft;
  const usedShare = period > 0 ? Math.min(100, Math.round((figures.hoursUsed / period) * 100)) : 0;
  return (
    <div className="max-w-prose">
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6">{t.rich("intro", { da })}</p>
      <h2 className="mb-3 text-xl">{t("periodHeading")}</h2>
      <div aria-hidden="true" className="mb-4 h-4 w-full overflow-hidden rounded border border-ink bg-white">
        <div className="h-full bg-primary" style={{ width: `${usedShare}%` }} />
      </div>
      <TermList className="mb-8">
        <dt className="font-semibold">{t("hoursUsed")}</dt>
        <dd>{hours(figures.hoursUsed)}</dd>
        <dt className="font-semibold">{t("hoursLeft")}</dt>
        <dd>{hours(figures.hoursLeft)}</dd>
        <dt className="font-semibold">{t("periodEnds")}</dt>
        <dd>{formatDay(figures.periodEnds, locale)}</dd>
      </TermList>
      <h2 className="mb-3 text-xl">{t("newPeriodHeading")}</h2>
      <TermList className="mb-8">
        <dt className="font-semibold">{t("hoursTowardNewPeriod")}</dt>
        <dd>{t("hoursOf", { hours: formatHours(figures.hoursTowardNewPeriod, locale), needed: formatHours(figures.hoursForNewPeriod, locale) })}</dd>
      </TermList>
      <p className="mb-2">
        {t("updated")}: <time dateTime={figures.reportedOn}>{formatDay(figures.reportedOn, locale)}</time>
      </p>
      <p className="mb-8 text-muted">{t("source")}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
