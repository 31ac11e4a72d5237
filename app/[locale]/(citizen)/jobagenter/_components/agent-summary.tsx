import { getTranslations } from "next-intl/server";
import { TermList } from "@/components/term-list";
import { findPostnummer } from "@/lib/jobsearch/postnumre";
import type { JobAgentView } from "@/lib/jobagents/queries";
import { agentTitleLabels } from "@/lib/jobagents/reasons";

/** What an agent looks for and how it tells, as terms and values: titles, words, place, notices. */
export async function AgentSummary({ agent, locale }: { agent: JobAgentView; locale: string }) {
  const [t, search] = await Promise.all([getTranslations("jobagents"), getTranslations("jobsearch")]);
  const place = agent.region
    ? search(`regions.${agent.region}`)
    : agent.postcode
      ? t(agent.distanceKm === null ? "summary.postcode" : "summary.postcodeDistance", {
          postcode: agent.postcode,
          city: findPostnummer(agent.postcode)?.by ?? "",
          km: String(agent.distanceKm ?? ""),
        })
      : t("summary.wholeCountry");
  const frequency = t(`frequency.${agent.frequency}`);
  return (
    <TermList className="mb-4">
      <dt className="font-semibold">{t("summary.titles")}</dt>
      <dd>{agentTitleLabels(agent.titles, locale).join("; ")}</dd>
      {agent.words && (
        <>
          <dt className="font-semibold">{t("summary.words")}</dt>
          <dd>{agent.words}</dd>
        </>
      )}
      <dt className="font-semibold">{t("summary.place")}</dt>
      <dd>{place}</dd>
      <dt className="font-semibold">{t("summary.frequency")}</dt>
      <dd>{agent.notify ? t("notifyShort.ja", { frequency }) : t("notifyShort.nej")}</dd>
    </TermList>
  );
}
