import "server-only";
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { jobAds, type JobAd } from "@/db/schema";
import { PAGE_SIZE, type JobSearchQuery } from "./search-query";

/** An ad as a result list shows it. */
export type JobAdSummary = Pick<
  JobAd,
  "id" | "occupationCode" | "title" | "employer" | "postcode" | "city" | "region" | "workingHours" | "employmentKind" | "publishedAt" | "deadline"
>;

/**
 * Find job counts matches up to this many and then says "more than": counting every match of
 * a broad search on 100,000 ads would cost more than the page itself, and nobody pages that far.
 */
export const COUNT_CAP = 10_000;

/**
 * One page of Find job's results: the ads on it, how many match in all (at most COUNT_CAP;
 * `moreThanTotal` when there are more), and the number of pages there are to go through.
 */
export type JobSearchResult = { ads: JobAdSummary[]; total: number; moreThanTotal: boolean; page: number; pageCount: number };

const summaryColumns = {
  id: jobAds.id,
  occupationCode: jobAds.occupationCode,
  title: jobAds.title,
  employer: jobAds.employer,
  postcode: jobAds.postcode,
  city: jobAds.city,
  region: jobAds.region,
  workingHours: jobAds.workingHours,
  employmentKind: jobAds.employmentKind,
  publishedAt: jobAds.publishedAt,
  deadline: jobAds.deadline,
};

/** The words as a Danish full-text query (websearch syntax: quotes for a phrase, `-` to leave out, `or`). */
const wordsQuery = (words: string): SQL => sql`websearch_to_tsquery('danish', ${words})`;

/**
 * Find job: the open ads (deadline `today` or later, `today` a Danish day `yyyy-mm-dd`) that
 * match every filter of `query`, one page of PAGE_SIZE in its order, with the total. Words
 * are matched by PostgreSQL's Danish full-text search over title, employer and description
 * (job_ads.search_vector, GIN index), so inflected forms find each other; best match ranks
 * by ts_rank_cd with the title weighing most. A page past the last is empty. Newest first
 * walks job_ads_published; a title uses job_ads_occupation; words the GIN index.
 */
export async function searchJobAds({
  query,
  today,
  countCap = COUNT_CAP,
}: {
  query: JobSearchQuery;
  today: string;
  countCap?: number;
}): Promise<JobSearchResult> {
  const conditions: SQL[] = [gte(jobAds.deadline, today)];
  const hasWords = query.words !== "";
  if (hasWords) conditions.push(sql`${jobAds.searchVector} @@ ${wordsQuery(query.words)}`);
  if (query.titles.length > 0) conditions.push(inArray(jobAds.occupationCode, query.titles));
  if (query.region) conditions.push(eq(jobAds.region, query.region));
  if (query.postnummer) conditions.push(eq(jobAds.postcode, query.postnummer));
  if (query.hours) conditions.push(eq(jobAds.workingHours, query.hours));
  if (query.employment) conditions.push(eq(jobAds.employmentKind, query.employment));
  const where = and(...conditions);

  const order =
    query.sort === "frist"
      ? [asc(jobAds.deadline), desc(jobAds.publishedAt), desc(jobAds.id)]
      : query.sort === "relevans" && hasWords
        ? [desc(sql`ts_rank_cd(${jobAds.searchVector}, ${wordsQuery(query.words)})`), desc(jobAds.publishedAt), desc(jobAds.id)]
        : [desc(jobAds.publishedAt), desc(jobAds.id)];

  const [ads, [{ total }]] = await Promise.all([
    db()
      .select(summaryColumns)
      .from(jobAds)
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db()
      .select({ total: count() })
      .from(
        db()
          .select({ id: jobAds.id })
          .from(jobAds)
          .where(where)
          .limit(countCap + 1)
          .as("matches"),
      ),
  ]);
  const moreThanTotal = total > countCap;
  const counted = Math.min(total, countCap);
  return { ads, total: counted, moreThanTotal, page: query.page, pageCount: Math.max(1, Math.ceil(counted / PAGE_SIZE)) };
}

/** One open ad by its id, everything about it; null when there is none or its deadline (before `today`) has passed. */
export async function getJobAd({ id, today }: { id: number; today: string }): Promise<Omit<JobAd, "searchVector"> | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  // Everything but the search document, which is the database's own.
  const { searchVector, ...columns } = getTableColumns(jobAds);
  void searchVector;
  const [ad] = await db()
    .select(columns)
    .from(jobAds)
    .where(and(eq(jobAds.id, id), gte(jobAds.deadline, today)));
  return ad ?? null;
}
