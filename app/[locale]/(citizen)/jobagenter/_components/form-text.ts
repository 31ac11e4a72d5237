import "server-only";
import { getTranslations } from "next-intl/server";
import { occupationTitles, titleLabel } from "@/lib/jobsearch/occupations";
import { regions } from "@/lib/jobsearch/postnumre";
import { distanceChoices, jobAgentFrequencies } from "@/lib/jobagents/schema";
import type { JobAgentFormText } from "./agent-form";

/** The agent form's labels, hints and choices in the page's language, translated on the server. */
export async function jobAgentFormText(): Promise<JobAgentFormText> {
  const [t, search] = await Promise.all([getTranslations("jobagents.form"), getTranslations("jobsearch")]);
  const [frequency, summary] = await Promise.all([getTranslations("jobagents.frequency"), getTranslations("jobagents.summary")]);
  return {
    titles: t("titles"),
    titlesHint: t("titlesHint"),
    titlesChosen: t("titlesChosen"),
    removeTitle: t("removeTitle", { title: "{title}" }),
    titleSuggestions: t("titleSuggestions"),
    noTitleSuggestions: t("noTitleSuggestions"),
    titleAdded: t("titleAdded", { title: "{title}" }),
    titleRemoved: t("titleRemoved", { title: "{title}" }),
    words: t("words"),
    wordsHint: t("wordsHint"),
    place: t("place"),
    placeHint: t("placeHint"),
    region: t("region"),
    anywhere: summary("wholeCountry"),
    postcode: t("postcode"),
    postcodeHint: t("postcodeHint"),
    distance: t("distance"),
    distanceHint: t("distanceHint"),
    distances: [{ value: "", label: t("distanceNone") }, ...distanceChoices.map((km) => ({ value: km, label: t("distanceOption", { km }) }))],
    frequency: t("frequency"),
    notify: t("notify"),
    back: t("back"),
    regions: regions.map((region) => ({ value: region, label: search(`regions.${region}`) })),
    frequencies: jobAgentFrequencies.map((value) => ({ value, label: frequency(value) })),
    notifyOptions: [
      { value: "ja", label: t("notifyYes") },
      { value: "nej", label: t("notifyNo") },
    ],
  };
}

/** Every occupation title's label in `locale`, by code (to name the titles a refused form sent back). */
export function allTitleLabels(locale: string): Record<string, string> {
  return Object.fromEntries(occupationTitles().map((title) => [title.code, titleLabel(title, locale)]));
}

/** The distance an address carries (`afstand`, as the form's own title-removal links keep it), if it is one the form offers; else "". */
export function distanceFromAddress(searchParams: Record<string, string | string[] | undefined>): string {
  const sent = searchParams.afstand;
  return typeof sent === "string" && (distanceChoices as readonly string[]).includes(sent) ? sent : "";
}
