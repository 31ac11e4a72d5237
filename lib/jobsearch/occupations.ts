import data from "./data/occupations.json" with { type: "json" };

/** A language the taxonomy has labels in. */
type Language = "da" | "en";

/** An occupation title: the level job ads, CVs and job agents use. `code` is stable (7 digits). */
export type OccupationTitle = { code: string; da: string; en: string; aliases: string[]; group: OccupationGroup };
/** An occupational group (4 digits), e.g. `Data og analyse`. */
export type OccupationGroup = { code: string; da: string; en: string; area: OccupationArea };
/** An occupational area (2 digits). */
export type OccupationArea = { code: string; da: string; en: string };

type RawTitle = { code: string; da: string; en: string; aliases: string[] };
type RawGroup = { code: string; da: string; en: string; titles: RawTitle[] };
type RawArea = { code: string; da: string; en: string; groups: RawGroup[] };

const titles: OccupationTitle[] = (data.areas as RawArea[]).flatMap(({ groups, ...area }) =>
  groups.flatMap(({ titles: groupTitles, ...group }) => {
    const withArea = { ...group, area };
    return groupTitles.map((title) => ({ ...title, group: withArea }));
  }),
);
const byCode: ReadonlyMap<string, OccupationTitle> = new Map(titles.map((title) => [title.code, title]));

/**
 * The occupation taxonomy (area → group → title, lib/jobsearch/data/occupations.json), as a
 * flat list of titles, each knowing its group and area.
 */
export function occupationTitles(): readonly OccupationTitle[] {
  return titles;
}

/** The title with `code`, or null for a code the taxonomy does not have. */
export function findOccupationTitle(code: string): OccupationTitle | null {
  return byCode.get(code) ?? null;
}

/** A title's label in `locale` (English pages get the English label). */
export function titleLabel(title: OccupationTitle, locale: string): string {
  return title[language(locale)];
}

function language(locale: string): Language {
  return locale === "en" ? "en" : "da";
}

/** Lower case, without accents, spaces collapsed: what the title search compares. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("da")
    .replace(/[\s,.\-–/]+/g, " ")
    .trim();
}

/**
 * The titles whose Danish or English label or an alias contains every word of `query`,
 * best first: a label starting with the query, then a word of it starting so, then the rest,
 * alphabetically in `locale`. An empty query finds nothing. At most `limit` titles.
 */
export function searchOccupationTitles(query: string, locale: string, limit = 20): OccupationTitle[] {
  const words = normaliseForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(" ");
  const scored: { title: OccupationTitle; score: number }[] = [];
  for (const title of titles) {
    const names = [title.da, title.en, ...title.aliases].map(normaliseForSearch);
    if (!names.some((name) => words.every((word) => name.includes(word)))) continue;
    const own = normaliseForSearch(titleLabel(title, locale));
    const score = own.startsWith(whole)
      ? 0
      : names.some((name) => name.startsWith(whole))
        ? 1
        : names.some((name) => name.split(" ").some((part) => part.startsWith(words[0])))
          ? 2
          : 3;
    scored.push({ title, score });
  }
  const collator = new Intl.Collator(language(locale));
  return scored
    .sort((a, b) => a.score - b.score || collator.compare(titleLabel(a.title, locale), titleLabel(b.title, locale)))
    .slice(0, limit)
    .map(({ title }) => title);
}

/**
 * The title a citizen meant by typing `text`: the one whose label (either language) or alias
 * is exactly that, ignoring case and accents; null when none or more than one is.
 */
export function exactOccupationTitle(text: string): OccupationTitle | null {
  const wanted = normaliseForSearch(text);
  if (!wanted) return null;
  const found = titles.filter((title) => [title.da, title.en, ...title.aliases].some((name) => normaliseForSearch(name) === wanted));
  return found.length === 1 ? found[0] : null;
}
