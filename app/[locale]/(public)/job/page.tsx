import { getTranslations } from "next-intl/server";
import Form from "next/form";
import { redirect } from "next/navigation";
import { buttonStyles } from "@/components/button";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { contentNow } from "@/lib/clock";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { refuseInput } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";
import { isNewAd } from "@/lib/jobsearch/new-ad";
import { findOccupationTitle, titleLabel } from "@/lib/jobsearch/occupations";
import { regions } from "@/lib/jobsearch/postnumre";
import { searchJobAds } from "@/lib/jobsearch/queries";
import { parseSearchQuery, searchQueryToParams, searchSorts, type JobSearchQuery } from "@/lib/jobsearch/search-query";
import { publicPage } from "@/lib/pages";
import { NewAdBadge } from "@/components/new-ad-badge";
import { TitlePicker } from "@/components/title-picker";

/**
 * Find job (`/job`): the search form and one page of results. The search lives in the
 * address (lib/jobsearch/search-query.ts), so it can be shared and bookmarked and works as a
 * plain GET form without JavaScript; with JavaScript the form navigates in place and the
 * result count, a status region, is read out. An address that is not in canonical form
 * (an old version, a title typed by its exact name, default values spelt out) is redirected to the canonical one.
 */
const page = publicPage("jobsearch.title", async ({ locale, searchParams }) => {
  const [t, agents] = await Promise.all([getTranslations("jobsearch"), getTranslations("jobagents.fromSearch")]);
  const pagePath = localizedPath(locale, "/job");
  const raw = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) for (const one of Array.isArray(value) ? value : value ? [value] : []) raw.append(name, one);
  const { query, problems, suggestions, typedTitle } = parseSearchQuery(raw);
  const canonical = searchQueryToParams(query);
  if (problems.length === 0 && !typedTitle && raw.toString() !== "" && canonical.toString() !== raw.toString()) {
    redirect(`${pagePath}?${canonical}`);
  }
  if (problems.length > 0) refuseInput(400);

  const now = await contentNow();
  const result = problems.length > 0 ? null : await searchJobAds({ query, today: danishDay(now) });
  const problemFor = (field: string) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? t(`problems.${problem.message}` as "problems.version") : undefined;
  };
  const chosenTitles = query.titles.flatMap((code) => {
    const title = findOccupationTitle(code);
    return title ? [{ code, label: titleLabel(title, locale) }] : [];
  });
  const hrefFor = (overrides: Partial<JobSearchQuery>) => `${pagePath}?${searchQueryToParams(query, overrides)}`;
  const any = { value: "", label: t("any") };

  return (
    <div>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      <div role="search" aria-labelledby="jobsoegning-overskrift" className="mb-8 max-w-3xl rounded border-2 border-border p-4">
        <h2 id="jobsoegning-overskrift" className="mb-4 text-xl">
          {t("searchHeading")}
        </h2>
        {problems.length > 0 && (
          <div role="alert" className="mb-4 border-l-4 border-error pl-3">
            <p className="font-semibold">{t("problemsHeading")}</p>
            <ul className="list-disc pl-6">
              {problems.map((problem, index) => (
                <li key={index}>{t(`problems.${problem.message}` as "problems.version")}</li>
              ))}
            </ul>
          </div>
        )}
        <Form action={pagePath}>
          <input type="hidden" name="v" value="1" />
          <TextField
            id="q"
            name="q"
            type="search"
            label={t("wordsLabel")}
            hint={t("wordsHint")}
            defaultValue={query.words}
            maxLength={200}
            error={problemFor("q")}
          />
          <TitlePicker
            name="stilling"
            textName="stillingstekst"
            locale={locale}
            initialTitles={chosenTitles}
            initialText={typedTitle}
            removeHrefs={Object.fromEntries(query.titles.map((code) => [code, hrefFor({ titles: query.titles.filter((other) => other !== code), page: 1 })]))}
            labels={{
              field: t("titleLabel"),
              hint: t("titleHint"),
              chosen: t("titlesChosen"),
              remove: t("removeTitle", { title: "{title}" }),
              suggestions: t("titleSuggestions"),
              noSuggestions: t("noTitleSuggestions"),
              added: t("titleAdded", { title: "{title}" }),
              removed: t("titleRemoved", { title: "{title}" }),
            }}
          />
          {suggestions.length > 0 && (
            <div className="mb-6">
              <p className="mb-1 font-semibold">{t("didYouMean", { text: typedTitle })}</p>
              <ul className="list-disc pl-6">
                {suggestions.map((title) => (
                  <li key={title.code}>
                    <a href={hrefFor({ titles: [...query.titles, title.code], page: 1 })}>{titleLabel(title, locale)}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="region"
              name="region"
              label={t("regionLabel")}
              defaultValue={query.region ?? ""}
              options={[any, ...regions.map((region) => ({ value: region, label: t(`regions.${region}`) }))]}
            />
            <TextField
              id="postnr"
              name="postnr"
              label={t("postnummerLabel")}
              hint={t("postnummerHint")}
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={4}
              defaultValue={query.postnummer ?? ""}
              error={problemFor("postnr")}
              className="max-w-[8rem]"
            />
            <SelectField
              id="tid"
              name="tid"
              label={t("hoursLabel")}
              defaultValue={query.hours ?? ""}
              options={[any, { value: "fuldtid", label: t("hours.fuldtid") }, { value: "deltid", label: t("hours.deltid") }]}
            />
            <SelectField
              id="ansaettelse"
              name="ansaettelse"
              label={t("employmentLabel")}
              defaultValue={query.employment ?? ""}
              options={[any, { value: "fast", label: t("employment.fast") }, { value: "tidsbegraenset", label: t("employment.tidsbegraenset") }]}
            />
            <SelectField
              id="sort"
              name="sort"
              label={t("sortLabel")}
              defaultValue={query.sort}
              options={searchSorts.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
            />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-6">
            <button type="submit" className={buttonStyles.primary}>
              {t("searchButton")}
            </button>
            <a href={pagePath}>{t("clear")}</a>
          </div>
        </Form>
        {result && raw.toString() !== "" && (
          // R3.4: the search as a job agent, which needs exact titles (it never matches a whole group or area).
          <div className="mt-6 border-t-2 border-border pt-4">
            {query.titles.length > 0 ? (
              <a href={`${localizedPath(locale, "/jobagenter/ny")}?${searchQueryToParams(query, { page: 1 })}`} className={buttonStyles.secondary}>
                {agents("button")}
              </a>
            ) : (
              <p className="max-w-prose">{agents("needsTitle")}</p>
            )}
          </div>
        )}
      </div>
      {result && <Results locale={locale} query={query} result={result} now={now} hrefFor={hrefFor} />}
    </div>
  );
});

async function Results({
  locale,
  query,
  result,
  now,
  hrefFor,
}: {
  locale: string;
  query: JobSearchQuery;
  result: Awaited<ReturnType<typeof searchJobAds>>;
  now: Date;
  hrefFor: (overrides: Partial<JobSearchQuery>) => string;
}) {
  const t = await getTranslations("jobsearch");
  const day = (value: string) => formatDanishDate(new Date(`${value}T12:00:00Z`), locale);
  return (
    <section aria-labelledby="resultater-overskrift">
      <h2 id="resultater-overskrift" className="mb-2 text-xl">
        {t("resultsHeading")}
      </h2>
      <p role="status" className="mb-4 font-semibold">
        {result.total === 0
          ? t("noResults")
          : t(result.moreThanTotal ? "resultCountOver" : "resultCount", { count: result.total, page: result.page, pages: result.pageCount })}
      </p>
      {result.ads.length > 0 && (
        <ol className="mb-6 space-y-4">
          {result.ads.map((ad) => {
            const title = findOccupationTitle(ad.occupationCode);
            return (
              <li key={ad.id} className="rounded border-2 border-border p-4">
                <article aria-labelledby={`annonce-${ad.id}`}>
                  <h3 id={`annonce-${ad.id}`} className="text-lg">
                    <a href={localizedPath(locale, `/job/${ad.id}`)} lang="da">
                      {ad.title}
                    </a>
                    {isNewAd(ad.publishedAt, now) && <NewAdBadge />}
                  </h3>
                  <p>
                    {ad.employer}, {ad.postcode} {ad.city}
                  </p>
                  <p className="text-muted">
                    {title ? `${titleLabel(title, locale)} · ` : ""}
                    {t(`hours.${ad.workingHours}`)} · {t(`employment.${ad.employmentKind}`)}
                  </p>
                  <p className="text-muted">
                    {t("published")}: <time dateTime={ad.publishedAt.toISOString()}>{formatDanishDate(ad.publishedAt, locale)}</time> · {t("deadline")}:{" "}
                    <time dateTime={ad.deadline}>{day(ad.deadline)}</time>
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap items-center gap-6">
          {query.page > 1 && (
            <a href={hrefFor({ page: query.page - 1 })} rel="prev">
              {t("previousPage")}
            </a>
          )}
          <span aria-current="page">{t("pageOf", { page: result.page, pages: result.pageCount })}</span>
          {query.page < result.pageCount && (
            <a href={hrefFor({ page: query.page + 1 })} rel="next">
              {t("nextPage")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}

export default page.Page;
export const generateMetadata = page.generateMetadata;
