import type { EmploymentKind, Region, WorkingHours } from "@/db/schema";
import { exactOccupationTitle, findOccupationTitle, searchOccupationTitles, type OccupationTitle } from "./occupations";
import { findPostnummer, regions } from "./postnumre";

/**
 * The version of Find job's address. A search's address carries it as `v`, and so does a
 * saved job agent; when the filters change, the version goes up and `migrations` gets the
 * step that turns an address of the old version into the new one, so shared links and saved
 * agents keep meaning what they meant.
 */
export const SEARCH_QUERY_VERSION = 1;

/** One step per earlier version: `migrations[n]` turns a version-n address into version n+1. */
const migrations: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

/** The orders Find job can sort in. */
export const searchSorts = ["nyeste", "relevans", "frist"] as const;
export type SearchSort = (typeof searchSorts)[number];

/** Ads per page of results. */
export const PAGE_SIZE = 20;
/** The longest words query read, in characters. */
export const MAX_WORDS_LENGTH = 200;
/** At most this many occupation titles in one search. */
export const MAX_TITLES = 10;

/** A Find job search, as its address says it. */
export type JobSearchQuery = {
  words: string;
  titles: string[];
  region: Region | null;
  postnummer: string | null;
  hours: WorkingHours | null;
  employment: EmploymentKind | null;
  sort: SearchSort;
  page: number;
};

/** A part of the address Find job could not use, with the key of the message that says why. */
export type SearchQueryProblem = { field: "q" | "stilling" | "postnr" | "side" | "v" | "region" | "tid" | "ansaettelse" | "sort"; message: string };

export const emptySearchQuery: JobSearchQuery = {
  words: "",
  titles: [],
  region: null,
  postnummer: null,
  hours: null,
  employment: null,
  sort: "nyeste",
  page: 1,
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function toUrlSearchParams(params: Params): URLSearchParams {
  if (params instanceof URLSearchParams) return new URLSearchParams(params);
  const result = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) result.append(name, one);
  }
  return result;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/**
 * Reads a Find job address (`?v=1&q=…&stilling=…&region=…&postnr=…&tid=…&ansaettelse=…&sort=…&side=…`)
 * into a search. An address of an older version is migrated first; one without `v` is read
 * as the current version (typed by hand). `stillingstekst` is what a citizen typed in the
 * title field without JavaScript: a title or alias named exactly is added to the titles,
 * anything else gives suggestions. Values it cannot use are left out and reported in
 * `problems`, each with its message key under `jobsearch.problems`.
 */
export function parseSearchQuery(input: Params): { query: JobSearchQuery; problems: SearchQueryProblem[]; suggestions: OccupationTitle[]; typedTitle: string } {
  let params = toUrlSearchParams(input);
  const problems: SearchQueryProblem[] = [];
  const versionText = params.get("v");
  let version = versionText === null ? SEARCH_QUERY_VERSION : Number(versionText);
  if (!Number.isInteger(version) || version < 1 || version > SEARCH_QUERY_VERSION) {
    problems.push({ field: "v", message: "version" });
    version = SEARCH_QUERY_VERSION;
  }
  for (; version < SEARCH_QUERY_VERSION; version++) params = migrations[version](params);

  const words = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  if (words.length > MAX_WORDS_LENGTH) problems.push({ field: "q", message: "wordsTooLong" });

  const titles: string[] = [];
  for (const code of params.getAll("stilling")) {
    if (!findOccupationTitle(code)) problems.push({ field: "stilling", message: "unknownTitle" });
    else if (!titles.includes(code)) titles.push(code);
  }
  const typedTitle = (params.get("stillingstekst") ?? "").trim().slice(0, MAX_WORDS_LENGTH);
  let suggestions: OccupationTitle[] = [];
  if (typedTitle) {
    const exact = exactOccupationTitle(typedTitle);
    if (exact && !titles.includes(exact.code)) titles.push(exact.code);
    if (!exact) {
      suggestions = searchOccupationTitles(typedTitle, "da", 10);
      if (suggestions.length === 0) problems.push({ field: "stilling", message: "noTitleMatch" });
    }
  }
  if (titles.length > MAX_TITLES) problems.push({ field: "stilling", message: "tooManyTitles" });

  const postnrText = (params.get("postnr") ?? "").trim();
  let postnummer: string | null = null;
  if (postnrText) {
    if (!/^\d{4}$/.test(postnrText)) problems.push({ field: "postnr", message: "postnummerFormat" });
    else if (!findPostnummer(postnrText)) problems.push({ field: "postnr", message: "postnummerUnknown" });
    else postnummer = postnrText;
  }

  const pageText = params.get("side");
  const page = pageText === null || pageText === "" ? 1 : Number(pageText);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) problems.push({ field: "side", message: "page" });

  // A choice the form's lists do not offer (an edited address); empty means "all".
  const choice = <T extends string>(field: "region" | "tid" | "ansaettelse" | "sort", values: readonly T[]): T | null => {
    const value = params.get(field);
    if (value === null || value === "") return null;
    const known = oneOf(values, value);
    if (!known) problems.push({ field, message: "unknownChoice" });
    return known;
  };
  const region = choice("region", regions);
  const hours = choice("tid", ["fuldtid", "deltid"] as const);
  const employment = choice("ansaettelse", ["fast", "tidsbegraenset"] as const);
  const sort = choice("sort", searchSorts);

  return {
    query: {
      words: words.slice(0, MAX_WORDS_LENGTH),
      titles: titles.slice(0, MAX_TITLES),
      region,
      postnummer,
      hours,
      employment,
      sort: sort ?? (words ? "relevans" : "nyeste"),
      page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    },
    problems,
    suggestions,
    typedTitle: suggestions.length > 0 || problems.some((p) => p.message === "noTitleMatch") ? typedTitle : "",
  };
}

/**
 * A search as its canonical address query (without `?`), with the current version first and
 * only what differs from an empty search; `page` 1 is left out. Reading it back with
 * parseSearchQuery gives the same search.
 */
export function searchQueryToParams(query: JobSearchQuery, overrides: Partial<JobSearchQuery> = {}): URLSearchParams {
  const search = { ...query, ...overrides };
  const params = new URLSearchParams({ v: String(SEARCH_QUERY_VERSION) });
  if (search.words) params.set("q", search.words);
  for (const code of search.titles) params.append("stilling", code);
  if (search.region) params.set("region", search.region);
  if (search.postnummer) params.set("postnr", search.postnummer);
  if (search.hours) params.set("tid", search.hours);
  if (search.employment) params.set("ansaettelse", search.employment);
  if (search.sort !== (search.words ? "relevans" : "nyeste")) params.set("sort", search.sort);
  if (search.page > 1) params.set("side", String(search.page));
  return params;
}
