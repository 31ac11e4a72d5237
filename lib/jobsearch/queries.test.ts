import { lt, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { jobAds } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { specialCharacterAd } from "@/lib/demo/job-ads";
import { withFreshDatabase } from "@/tests/support/database";
import { occupationTitles } from "./occupations";
import { getJobAd, searchJobAds } from "./queries";
import { emptySearchQuery, PAGE_SIZE, type JobSearchQuery } from "./search-query";

const { db } = withFreshDatabase({ seed: true });
const today = danishDay(new Date());
const search = (query: Partial<JobSearchQuery>) => searchJobAds({ query: { ...emptySearchQuery, ...query }, today });
const code = (name: string) => occupationTitles().find((title) => title.da === name)!.code;

/** Every open ad matching `query`, across all pages. */
async function everyMatch(query: Partial<JobSearchQuery>) {
  const first = await search(query);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, index) => search({ ...query, page: index + 2 })));
  return [first, ...rest].flatMap((page) => page.ads);
}

describe("Find job's search", () => {
  test("R3.2 the demo data holds at least 300 ads over all five regions, some published today and some past their deadline, which are never shown", async () => {
    const [{ ads, regions, expired }] = await db()
      .select({
        ads: sql<number>`count(*)::int`,
        regions: sql<number>`count(distinct region)::int`,
        expired: sql<number>`count(*) filter (where deadline < ${today})::int`,
      })
      .from(jobAds);
    expect(ads).toBeGreaterThanOrEqual(300);
    expect(regions).toBe(5);
    expect(expired).toBeGreaterThan(0);
    const all = await everyMatch({});
    expect(all.length).toBe(ads - expired);
    expect(all.every((ad) => ad.deadline >= today)).toBe(true);
    const [expiredAd] = await db().select({ id: jobAds.id }).from(jobAds).where(lt(jobAds.deadline, today)).limit(1);
    expect(await getJobAd({ id: expiredAd.id, today })).toBeNull();
  });

  test("R3.2 words are matched by Danish full-text search: `sygeplejersker` finds `Sygeplejerske`, and several words must all match", async () => {
    const plural = await everyMatch({ words: "sygeplejersker" });
    expect(plural.some((ad) => ad.title.startsWith("Sygeplejerske"))).toBe(true);
    const singular = await everyMatch({ words: "sygeplejerske" });
    expect(plural.map((ad) => ad.id).sort()).toEqual(singular.map((ad) => ad.id).sort());
    const both = await everyMatch({ words: "sygeplejerske Aarhus" });
    expect(both.length).toBeLessThanOrEqual(singular.length);
    expect((await search({ words: "zzqxvokabular" })).total).toBe(0);
    // Punctuation and operators in the words are search syntax, never an error.
    for (const words of ['"Børnehuset Ærø', "Ærø & Søn", "-", "a | b", "(R&D)", "'; drop table job_ads; --"])
      await expect(search({ words })).resolves.toBeTruthy();
  });

  test("R3.2 the special-character ad is found by its words and comes back with every character intact", async () => {
    const found = await everyMatch({ words: "Børnehuset Ærø" });
    const ad = found.find((candidate) => candidate.title === specialCharacterAd.title)!;
    expect(ad).toBeTruthy();
    const full = await getJobAd({ id: ad.id, today });
    expect(full).toMatchObject(specialCharacterAd);
  });

  test("R3.4 searching on a title finds ads with exactly that title code, never another title of its group", async () => {
    const analytiker = await everyMatch({ titles: [code("Analytiker, data og analyse")] });
    expect(analytiker.length).toBeGreaterThanOrEqual(2);
    expect(new Set(analytiker.map((ad) => ad.occupationCode))).toEqual(new Set([code("Analytiker, data og analyse")]));
    const two = await everyMatch({ titles: [code("Analytiker, data og analyse"), code("Statistiker")] });
    expect(new Set(two.map((ad) => ad.occupationCode))).toEqual(new Set([code("Analytiker, data og analyse"), code("Statistiker")]));
  });

  test("R3.2 region, postcode, working hours and employment narrow the results, each on its own and together", async () => {
    for (const region of ["hovedstaden", "nordjylland"] as const) expect((await everyMatch({ region })).every((ad) => ad.region === region)).toBe(true);
    const aarhus = await everyMatch({ postnummer: "8000" });
    expect(aarhus.length).toBeGreaterThan(0);
    expect(aarhus.every((ad) => ad.postcode === "8000" && ad.city === "Aarhus C")).toBe(true);
    const narrow = await everyMatch({ region: "hovedstaden", hours: "deltid", employment: "fast" });
    expect(narrow.every((ad) => ad.region === "hovedstaden" && ad.workingHours === "deltid" && ad.employmentKind === "fast")).toBe(true);
  });

  test("R3.2 results sort by newest, by deadline or by best match, and page through without repeats", async () => {
    const newest = (await search({ sort: "nyeste" })).ads;
    expect(newest.map((ad) => ad.publishedAt.getTime())).toEqual([...newest.map((ad) => ad.publishedAt.getTime())].sort((a, b) => b - a));
    const byDeadline = (await search({ sort: "frist" })).ads;
    expect(byDeadline.map((ad) => ad.deadline)).toEqual([...byDeadline.map((ad) => ad.deadline)].sort());
    expect(byDeadline[0].deadline >= today).toBe(true);
    const best = (await search({ words: "statistiker", sort: "relevans" })).ads;
    expect(best[0].occupationCode).toBe(code("Statistiker"));

    const first = await search({});
    expect(first.ads).toHaveLength(PAGE_SIZE);
    const second = await search({ page: 2 });
    expect(second.ads.map((ad) => ad.id).filter((id) => first.ads.some((ad) => ad.id === id))).toEqual([]);
    expect(second.total).toBe(first.total);
    expect((await search({ page: first.pageCount + 1 })).ads).toEqual([]);
  });

  test("R3.2 a broad search counts up to its cap and then says there are more, paging through what it counted", async () => {
    const all = await search({});
    expect(all.moreThanTotal).toBe(false);
    const capped = await searchJobAds({ query: emptySearchQuery, today, countCap: 50 });
    expect(capped).toMatchObject({ total: 50, moreThanTotal: true, pageCount: Math.ceil(50 / PAGE_SIZE) });
    const exact = await searchJobAds({ query: emptySearchQuery, today, countCap: all.total });
    expect(exact).toMatchObject({ total: all.total, moreThanTotal: false });
  });

  test("R3.2 an ad's page finds nothing for an id that is not a real ad", async () => {
    for (const id of [0, -1, 2 ** 31, Number.NaN, 1.5, 99_999_999]) expect(await getJobAd({ id, today })).toBeNull();
  });
});
