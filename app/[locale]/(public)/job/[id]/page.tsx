import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { Section } from "@/components/section";
import { TermList } from "@/components/term-list";
import { contentNow } from "@/lib/clock";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { setResponseStatus } from "@/lib/http/request-context";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { isNewAd } from "@/lib/jobsearch/new-ad";
import { findOccupationTitle, titleLabel } from "@/lib/jobsearch/occupations";
import { getJobAd } from "@/lib/jobsearch/queries";
import { publicPage } from "@/lib/pages";
import { NewAdBadge } from "@/components/new-ad-badge";
import { SaveToJoblog } from "./save-to-joblog";

const adId = (id: string) => (/^\d{1,10}$/.test(id) ? Number(id) : NaN);

/**
 * One job ad (`/job/<id>`): everything about it, how to apply, and `Gem i joblog` (R3.2). An
 * ad whose deadline has passed, or that does not exist, is not found (404, with the page shell).
 */
const page = publicPage<{ id: string }>(
  async ({ locale, params }) => {
    const ad = await getJobAd({ id: adId(params.id), today: danishDay(await contentNow()) });
    // A missing ad's title comes from the not-found text the page renders.
    return ad ? pageMetadata(locale, () => `${ad.title} – ${ad.employer}`) : {};
  },
  async ({ locale, params }) => {
    const now = await contentNow();
    const ad = await getJobAd({ id: adId(params.id), today: danishDay(now) });
    if (!ad) {
      setResponseStatus(404);
      return <NotFoundContent />;
    }
    const t = await getTranslations("jobsearch");
    const title = findOccupationTitle(ad.occupationCode);
    const day = (value: string) => formatDanishDate(new Date(`${value}T12:00:00Z`), locale);
    return (
      <article aria-labelledby="annonce-titel" className="max-w-prose">
        <p className="mb-4">
          <a href={localizedPath(locale, "/job")}>{t("backToSearch")}</a>
        </p>
        <h1 id="annonce-titel" className="mb-2">
          <span lang="da">{ad.title}</span>
          {isNewAd(ad.publishedAt, now) && <NewAdBadge />}
        </h1>
        <p className="mb-6 text-lg">{ad.employer}</p>
        <TermList className="mb-8">
          <dt className="font-semibold">{t("ad.employer")}</dt>
          <dd>{ad.employer}</dd>
          <dt className="font-semibold">{t("ad.address")}</dt>
          <dd>
            {ad.street}, {ad.postcode} {ad.city}
          </dd>
          <dt className="font-semibold">{t("ad.region")}</dt>
          <dd>{t(`regions.${ad.region}`)}</dd>
          {title && (
            <>
              <dt className="font-semibold">{t("ad.occupation")}</dt>
              <dd>{titleLabel(title, locale)}</dd>
            </>
          )}
          <dt className="font-semibold">{t("ad.hours")}</dt>
          <dd>{t(`hours.${ad.workingHours}`)}</dd>
          <dt className="font-semibold">{t("ad.employment")}</dt>
          <dd>{t(`employment.${ad.employmentKind}`)}</dd>
          <dt className="font-semibold">{t("published")}</dt>
          <dd>
            <time dateTime={ad.publishedAt.toISOString()}>{formatDanishDate(ad.publishedAt, locale)}</time>
          </dd>
          <dt className="font-semibold">{t("deadline")}</dt>
          <dd>
            <time dateTime={ad.deadline}>{day(ad.deadline)}</time>
          </dd>
        </TermList>
        <SaveToJoblog locale={locale} jobAdId={ad.id} />
        <Section headingId="annonce-beskrivelse" heading={t("ad.description")} className="mb-8">
          {/* The ad is in Danish whatever the page's language: an employer writes it once. */}
          <div lang="da">
            {ad.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="mb-4 whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        </Section>
        <Section headingId="annonce-ansoeg" heading={t("ad.howToApply")} className="mb-8">
          <p lang="da" className="mb-4">
            {ad.howToApply}
          </p>
          {ad.applyUrl && (
            <p>
              <a href={ad.applyUrl} rel="noopener noreferrer external">
                {t("ad.applyOnline")}
              </a>
            </p>
          )}
        </Section>
      </article>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
