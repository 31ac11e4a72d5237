import { getLocale, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { contentNow } from "@/lib/clock";
import { listFaq, searchFaq, type LocalizedFaqEntry } from "@/lib/content/queries";
import { faqSearchSchema } from "@/lib/content/schema";
import { refuseInput } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";

type Audience = "jobsoegere" | "arbejdsgivere";

/** One question and its answer, with a stable anchor to link to. The editors' preview uses it too. */
export async function FaqEntry({ entry, locale }: { entry: LocalizedFaqEntry; locale?: string }) {
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: "faq" });
  return (
    <article id={entry.slug} aria-labelledby={`${entry.slug}-spoergsmaal`} className="mb-6 scroll-mt-4 border-l-4 border-primary pl-4">
      <h3 id={`${entry.slug}-spoergsmaal`} className="mb-2 text-lg font-semibold">
        {entry.question}
      </h3>
      <div className="rich-text mb-2" dangerouslySetInnerHTML={{ __html: entry.html }} />
      <a href={`#${entry.slug}`} className="text-sm">
        {t("linkToAnswer")}
        <span className="sr-only">: {entry.question}</span>
      </a>
    </article>
  );
}

/** The FAQ search an address asks for: the words, or why they cannot be searched for. */
export function faqSearch(searchParams: Record<string, string | string[] | undefined>): { query: string; searchError: "tooLong" | "textInvalid" | null } {
  const parsed = faqSearchSchema.safeParse({ q: typeof searchParams.q === "string" ? searchParams.q : undefined });
  if (parsed.success) return { query: parsed.data.q, searchError: null };
  return { query: "", searchError: parsed.error.issues[0]?.message === "textInvalid" ? "textInvalid" : "tooLong" };
}

/**
 * One of the two FAQs: entries grouped by topic, and a search box that is an ordinary GET
 * form, so it works without JavaScript and a search can be bookmarked.
 */
export async function FaqPage({ audience, searchParams }: { audience: Audience; searchParams: Record<string, string | string[] | undefined> }) {
  const locale = await getLocale();
  const t = await getTranslations("faq");
  const now = await contentNow();
  const { query, searchError } = faqSearch(searchParams);
  // A search that cannot be searched for is answered with its reason, as a 400.
  if (searchError) refuseInput(400);
  const pagePath = localizedPath(locale, `/hjaelp/faq-${audience}`);

  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t(`${audience}.title`)}</h1>
      <p className="mb-8">{t(`${audience}.intro`)}</p>
      <div role="search" aria-label={t("searchRegion")} className="mb-10">
        <form method="get" action={pagePath} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="faq-soeg" className="mb-1 block font-semibold">
              {t("searchLabel")}
            </label>
            <p id="faq-soeg-hint" className="mb-1 text-muted">
              {t("searchHint")}
            </p>
            {searchError && (
              <p id="faq-soeg-fejl" role="alert" className="mb-1 font-semibold text-error">
                {t(`searchErrors.${searchError}`)}
              </p>
            )}
            <input
              id="faq-soeg"
              type="search"
              name="q"
              defaultValue={query}
              aria-describedby={searchError ? "faq-soeg-hint faq-soeg-fejl" : "faq-soeg-hint"}
              aria-invalid={searchError ? true : undefined}
              maxLength={200}
              className="block w-full max-w-sm rounded border-2 border-border px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className={buttonStyles.primary}>
            {t("searchButton")}
          </button>
        </form>
      </div>
      {query ? (
        <SearchResults results={await searchFaq({ audience, locale, query, now })} query={query} allPath={pagePath} />
      ) : (
        <AllEntries topics={await listFaq({ audience, locale, now })} />
      )}
    </div>
  );
}

async function SearchResults({ results, query, allPath }: { results: LocalizedFaqEntry[]; query: string; allPath: string }) {
  const t = await getTranslations("faq");
  return (
    <section aria-labelledby="faq-resultater">
      <h2 id="faq-resultater" className="mb-2">
        {t("resultsHeading", { query })}
      </h2>
      <p role="status" className="mb-6">
        {t("resultCount", { count: results.length })}
      </p>
      {results.length === 0 && <p className="mb-6">{t("noResults")}</p>}
      {results.map((entry) => (
        <FaqEntry key={entry.slug} entry={entry} />
      ))}
      <p>
        <a href={allPath}>{t("showAll")}</a>
      </p>
    </section>
  );
}

async function AllEntries({ topics }: { topics: { topic: string; entries: LocalizedFaqEntry[] }[] }) {
  const t = await getTranslations("faq");
  if (topics.length === 0) return <p>{t("empty")}</p>;
  return topics.map(({ topic, entries }) => (
    <section key={topic} aria-labelledby={`emne-${entries[0].slug}`} className="mb-10">
      <h2 id={`emne-${entries[0].slug}`} className="mb-4">
        {topic}
      </h2>
      {entries.map((entry) => (
        <FaqEntry key={entry.slug} entry={entry} />
      ))}
    </section>
  ));
}
