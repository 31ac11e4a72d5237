import { getTranslations } from "next-intl/server";
import { NewAdBadge } from "@/components/new-ad-badge";
import { SuccessNotice } from "@/components/notice";
import { Section } from "@/components/section";
import { contentNow } from "@/lib/clock";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { markJobAgentSeen } from "@/lib/jobagents/mutations";
import { getJobAgent, listJobAgentMatches } from "@/lib/jobagents/queries";
import { jobAgentDeletableFrom } from "@/lib/jobagents/periods";
import { agentTitleLabels, matchReasonTexts } from "@/lib/jobagents/reasons";
import { isNewAd } from "@/lib/jobsearch/new-ad";
import { citizenPage } from "@/lib/pages";
import { AgentSummary } from "../_components/agent-summary";
import { JobAgentNotFound } from "../_components/not-found";

/**
 * One of the citizen's job agents (R3.4), `/jobagenter/<id>`: what it looks for, and the open
 * jobs it has found, newest first, each marked `NY` for two Danish days after it was published
 * (heard as "ny annonce") and saying why it matched. Opening it keeps the agent alive and
 * makes its matches no longer new; if it had been warned, it says from which day it would have
 * been deleted (the citizen without e-mail or SMS learns of the warning here). Another citizen's agent is not found (404, logged).
 */
const page = citizenPage<{ id: string }, { oprettet?: string | string[]; gemt?: string | string[] }>(
  "form",
  async ({ locale, citizen, params, searchParams }) => {
    const [t, translate, now] = await Promise.all([getTranslations("jobagents"), getTranslations(), contentNow()]);
    const agent = await getJobAgent({ citizenId: citizen.citizenId, agentId: params.id });
    if (!agent) return <JobAgentNotFound locale={locale} />;
    const matches = (await listJobAgentMatches({ citizenId: citizen.citizenId, agentId: agent.id, today: danishDay(now), seenBefore: agent.lastSeenAt })) ?? [];
    await markJobAgentSeen({ citizenId: citizen.citizenId, agentId: agent.id, now });
    const heading = t("agentTitle", { titles: agentTitleLabels(agent.titles, locale).join("; ") });
    const day = (value: string) => formatDanishDate(new Date(`${value}T12:00:00Z`), locale);
    const notice = searchParams.oprettet === "1" ? t("notices.created") : searchParams.gemt === "1" ? t("notices.saved") : null;
    return (
      <div className="max-w-3xl">
        <title>{await documentTitle(locale, heading)}</title>
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
        <h1 className="mb-6">{heading}</h1>
        {agent.warnedAt && (
          <p className="mb-6 max-w-prose border-l-8 border-[#ffdd00] bg-[#fff7bf] p-3">
            {t("notices.warned", { date: formatDanishDate(jobAgentDeletableFrom(agent.warnedAt), locale) })}
          </p>
        )}
        <AgentSummary agent={agent} locale={locale} />
        <p className="mb-8 flex flex-wrap gap-6">
          <a href={localizedPath(locale, `/jobagenter/${agent.id}/ret`)}>{t("edit")}</a>
          <a href={localizedPath(locale, "/jobagenter")}>{t("form.back")}</a>
        </p>
        <Section headingId="fundne-job" heading={t("matchesHeading")}>
          {matches.length === 0 ? (
            <p>{t("noMatches")}</p>
          ) : (
            <ol className="space-y-4">
              {matches.map((match) => (
                <li key={match.ad.id} className="rounded border-2 border-border p-4">
                  <article aria-labelledby={`annonce-${match.ad.id}`}>
                    <h3 id={`annonce-${match.ad.id}`} className="text-lg">
                      <a href={localizedPath(locale, `/job/${match.ad.id}`)} lang="da">
                        {match.ad.title}
                      </a>
                      {isNewAd(match.ad.publishedAt, now) && <NewAdBadge />}
                    </h3>
                    <p>
                      <span lang="da">{match.ad.employer}</span>, {match.ad.postcode} <span lang="da">{match.ad.city}</span>
                    </p>
                    <p className="mt-2 font-semibold">{t("why")}:</p>
                    <ul className="list-disc pl-6">
                      {matchReasonTexts(match, match.ad, locale, (key, values) => translate(key as "jobagents.title", values)).map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                    <p className="mt-2 text-muted">
                      {t("foundOn")}: <time dateTime={match.matchedAt.toISOString()}>{formatDanishDate(match.matchedAt, locale)}</time> · {t("deadline")}:{" "}
                      <time dateTime={match.ad.deadline}>{day(match.ad.deadline)}</time>
                    </p>
                  </article>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
