import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { SuccessNotice } from "@/components/notice";
import { contentNow } from "@/lib/clock";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import { markJobAgentsUsed } from "@/lib/jobagents/mutations";
import { listJobAgents } from "@/lib/jobagents/queries";
import { agentTitleLabels } from "@/lib/jobagents/reasons";
import { citizenPage } from "@/lib/pages";
import { AgentSummary } from "./_components/agent-summary";

/**
 * The citizen's job agents (R3.4), `/jobagenter`: each agent with what it looks for, how many
 * open jobs it has found and how many of them are new since the citizen last opened it, and
 * `Opret jobagent`. After deleting an agent (`?slettet=1`) it says so. Looking at the list is
 * use of every agent on it (they are not deleted for being unused); an agent that had been
 * warned says from which day it would have been deleted, so a citizen without e-mail or SMS
 * learns of the warning here.
 */
const page = citizenPage<object, { slettet?: string | string[] }>("jobagents.title", async ({ locale, citizen, searchParams }) => {
  const [t, now] = await Promise.all([getTranslations("jobagents"), contentNow()]);
  const warned = await markJobAgentsUsed({ citizenId: citizen.citizenId, now });
  const agents = await listJobAgents({ citizenId: citizen.citizenId, today: danishDay(now) });
  return (
    <div className="max-w-3xl">
      {searchParams.slettet === "1" && <SuccessNotice>{t("notices.deleted")}</SuccessNotice>}
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      <p className="mb-8">
        <a href={localizedPath(locale, "/jobagenter/ny")} className={buttonStyles.primary}>
          {t("create")}
        </a>
      </p>
      {agents.length === 0 ? (
        <p className="max-w-prose">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {agents.map((agent) => {
            const titles = agentTitleLabels(agent.titles, locale).join("; ");
            return (
              <li key={agent.id} className="rounded border-2 border-border p-4">
                <article aria-labelledby={`agent-${agent.id}`}>
                  <h2 id={`agent-${agent.id}`} className="mb-2 text-xl">
                    {titles}
                  </h2>
                  {warned.has(agent.id) && (
                    <p className="mb-2 max-w-prose border-l-8 border-[#ffdd00] bg-[#fff7bf] p-3">
                      {t("notices.warned", { date: formatDanishDate(warned.get(agent.id)!, locale) })}
                    </p>
                  )}
                  <AgentSummary agent={agent} locale={locale} />
                  <p className="mb-2 font-semibold">
                    {t("newMatches", { count: agent.newMatchCount })} · {t("matchCount", { count: agent.matchCount })}
                  </p>
                  <p>
                    <a href={localizedPath(locale, `/jobagenter/${agent.id}`)}>{t("open", { titles })}</a>
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
