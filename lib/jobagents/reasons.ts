import type { Region } from "@/db/schema";
import { findOccupationTitle, titleLabel } from "@/lib/jobsearch/occupations";
import { postnummerDistanceKm } from "@/lib/jobsearch/distance";
import { findPostnummer } from "@/lib/jobsearch/postnumre";

/** Why an ad matched an agent, as the match recorded it: the ad's exact title, and the words and place (and distance) the agent asked for. */
export interface MatchReason {
  titleCode: string;
  words: string | null;
  region: Region | null;
  postcode: string | null;
  distanceKm: number | null;
}

/** Where the matched ad's job is: its postcode and city as the ad says them. */
export interface AdPlace {
  postcode: string;
  city: string;
}

/** A translator for `jobagents.reasons.*` and `jobsearch.regions.*` (next-intl's, on a page or in a digest). */
type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The reasons of a match as sentences in `locale`, title first: "Stillingen er Analytiker,
 * data og analyse", then the place and the words where the agent asked for them. An agent with
 * a distance says where the job (`ad`) is and how far from its postcode, in whole km as the
 * crow flies between the towns: "Jobbet er i 8300 Odder, 21 km fra 8200 Aarhus N"; a job in the
 * same town (under 1 km: 8000 and 8200 share Aarhus's point) "i samme by som 8200 Aarhus N"; and
 * a job whose postcode has no point (so no distance can be said) "nær 8200 Aarhus N", never a
 * distance it cannot know nor the agent's postcode as the job's.
 */
export function matchReasonTexts(reason: MatchReason, ad: AdPlace, locale: string, t: Translate): string[] {
  const title = findOccupationTitle(reason.titleCode);
  const texts = [t("jobagents.reasons.title", { title: title ? titleLabel(title, locale) : reason.titleCode })];
  if (reason.region) texts.push(t("jobagents.reasons.region", { region: t(`jobsearch.regions.${reason.region}`) }));
  if (reason.postcode) {
    const city = findPostnummer(reason.postcode)?.by ?? "";
    if (reason.distanceKm === null || ad.postcode === reason.postcode) {
      texts.push(t("jobagents.reasons.postcode", { postcode: reason.postcode, city }));
    } else {
      const km = postnummerDistanceKm(reason.postcode, ad.postcode);
      const place = { adPostcode: ad.postcode, adCity: ad.city, postcode: reason.postcode, city };
      if (km === null) texts.push(t("jobagents.reasons.nearby", place));
      else if (km < 1) texts.push(t("jobagents.reasons.sameTown", place));
      else texts.push(t("jobagents.reasons.distance", { ...place, km: String(Math.round(km)) }));
    }
  }
  if (reason.words) texts.push(t("jobagents.reasons.words", { words: reason.words }));
  return texts;
}

/** An agent's exact titles in `locale`, joined for a heading (`Analytiker, data og analyse; Statistiker`). */
export function agentTitleLabels(codes: readonly string[], locale: string): string[] {
  return codes.map((code) => {
    const title = findOccupationTitle(code);
    return title ? titleLabel(title, locale) : code;
  });
}
