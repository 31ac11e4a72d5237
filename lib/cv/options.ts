import type { CvLanguage, EmploymentKind, Region, WorkingHours } from "@/db/schema";

// The CV's fixed choices and limits, in a module the browser can load with the forms' schemas
// (it imports types only: no table, no data file).

/** `Ansættelsesbetingelser`: full time, part time, or either. */
export const CV_HOURS = ["fuldtid", "deltid", "begge"] as const satisfies readonly (WorkingHours | "begge")[];
/** `Ansættelsesbetingelser`: permanent, temporary, or either. */
export const CV_EMPLOYMENT = ["fast", "tidsbegraenset", "begge"] as const satisfies readonly (EmploymentKind | "begge")[];
/** `Ansættelsesbetingelser`: where the citizen will work, Denmark's five regions (the slugs of lib/jobsearch/postnumre.ts). */
export const CV_REGIONS = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"] as const satisfies readonly Region[];
/** How well the citizen speaks a language, from their mother tongue down. */
export const CV_LANGUAGE_LEVELS = ["modersmaal", "flydende", "godt", "grundlaeggende"] as const satisfies readonly CvLanguage["level"][];
/** The Danish driving licence categories, in the order the licence lists them. */
export const CV_DRIVING_LICENCES = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;

/** At most this many titles under `Jeg søger job som`. */
export const MAX_WANTED_TITLES = 10;
/** At most this many entries of experience, of education and of languages, each. */
export const MAX_CV_ENTRIES = 30;
