import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isNewAd } from "./new-ad";
import { occupationTitles } from "./occupations";
import { allPostnumre, regions } from "./postnumre";
import { emptySearchQuery, parseSearchQuery, SEARCH_QUERY_VERSION, searchQueryToParams, searchSorts, type JobSearchQuery } from "./search-query";

const titleCodes = occupationTitles().map((title) => title.code);
const postcodes = allPostnumre().map((entry) => entry.postnummer);

const searchQuery: fc.Arbitrary<JobSearchQuery> = fc.record({
  words: fc.string({ maxLength: 60 }).map((text) => text.replace(/\s+/g, " ").trim()),
  titles: fc.uniqueArray(fc.constantFrom(...titleCodes), { maxLength: 4 }),
  region: fc.option(fc.constantFrom(...regions), { nil: null }),
  postnummer: fc.option(fc.constantFrom(...postcodes), { nil: null }),
  hours: fc.option(fc.constantFrom("fuldtid" as const, "deltid" as const), { nil: null }),
  employment: fc.option(fc.constantFrom("fast" as const, "tidsbegraenset" as const), { nil: null }),
  sort: fc.constantFrom(...searchSorts),
  page: fc.integer({ min: 1, max: 500 }),
});

describe("Find job's address", () => {
  test("R3.2 any search survives its address: reading the address back gives the same search, without problems, and the address names its version", () => {
    fc.assert(
      fc.property(searchQuery, (query) => {
        const params = searchQueryToParams(query);
        expect(params.get("v")).toBe(String(SEARCH_QUERY_VERSION));
        const read = parseSearchQuery(new URLSearchParams(params.toString()));
        expect(read.problems).toEqual([]);
        expect(read.query).toEqual(query);
        // The canonical address of what was read is the address itself.
        expect(searchQueryToParams(read.query).toString()).toBe(params.toString());
      }),
    );
  });

  test("R3.2 an address without a version is read as the current one; an unknown version, an unknown title or postcode and a bad page are reported, never guessed", () => {
    expect(parseSearchQuery({ q: "lager" }).query).toEqual({ ...emptySearchQuery, words: "lager", sort: "relevans" });
    const problems = (params: Record<string, string>) => parseSearchQuery(params).problems.map((problem) => problem.message);
    expect(problems({ v: String(SEARCH_QUERY_VERSION + 1) })).toEqual(["version"]);
    expect(problems({ v: "0" })).toEqual(["version"]);
    expect(problems({ stilling: "9999999" })).toEqual(["unknownTitle"]);
    expect(problems({ postnr: "0000" })).toEqual(["postnummerUnknown"]);
    expect(problems({ postnr: "80O0" })).toEqual(["postnummerFormat"]);
    expect(problems({ side: "-1" })).toEqual(["page"]);
    expect(problems({ side: "2.5" })).toEqual(["page"]);
    expect(problems({ q: "x".repeat(201) })).toEqual(["wordsTooLong"]);
    expect(problems({ region: "atlantis", tid: "altid", ansaettelse: "evig", sort: "tilfaeldig" })).toEqual([
      "unknownChoice",
      "unknownChoice",
      "unknownChoice",
      "unknownChoice",
    ]);
    // The form sends an empty choice for "all".
    expect(problems({ region: "", tid: "", ansaettelse: "", sort: "", postnr: "", stillingstekst: "" })).toEqual([]);
  });

  test("R3.2 a title typed by name without JavaScript is chosen when it is exact, and gives suggestions when it is not", () => {
    const exact = parseSearchQuery({ stillingstekst: "statistiker" });
    expect(exact.query.titles.map((code) => occupationTitles().find((title) => title.code === code)?.da)).toEqual(["Statistiker"]);
    expect(exact.typedTitle).toBe("");
    const vague = parseSearchQuery({ stillingstekst: "analy" });
    expect(vague.query.titles).toEqual([]);
    expect(vague.suggestions.map((title) => title.da)).toContain("Analytiker, data og analyse");
    expect(vague.typedTitle).toBe("analy");
    expect(parseSearchQuery({ stillingstekst: "qqqqqq" }).problems.map((problem) => problem.message)).toEqual(["noTitleMatch"]);
  });
});

describe("the NY mark", () => {
  test("R3.4 an ad is NY on the Danish day it is published and the next, whatever the server's time zone and across the change to and from summer time", () => {
    const cases: [string, string, boolean][] = [
      ["2026-12-01T08:00:00Z", "2026-12-01T22:59:00Z", true],
      ["2026-12-01T08:00:00Z", "2026-12-02T22:59:00Z", true],
      ["2026-12-01T08:00:00Z", "2026-12-02T23:00:00Z", false],
      // 23:30 UTC on 30 November is already 1 December in Denmark.
      ["2026-11-30T23:30:00Z", "2026-12-02T22:00:00Z", true],
      ["2026-11-30T22:30:00Z", "2026-12-01T23:30:00Z", false],
      // Summer time begins on 29 March 2026.
      ["2026-03-28T12:00:00Z", "2026-03-29T21:59:00Z", true],
      ["2026-03-28T12:00:00Z", "2026-03-29T22:00:00Z", false],
      // Summer time ends on 25 October 2026.
      ["2026-10-24T12:00:00Z", "2026-10-25T22:59:00Z", true],
      ["2026-10-24T12:00:00Z", "2026-10-25T23:00:00Z", false],
      // Published in the future (scheduled): not NY yet.
      ["2026-12-03T08:00:00Z", "2026-12-01T08:00:00Z", false],
    ];
    for (const [published, now, expected] of cases) expect(isNewAd(new Date(published), new Date(now)), `${published} at ${now}`).toBe(expected);
  });
});
