import "server-only";
import { getTranslations } from "next-intl/server";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { markJobAgentsUsed } from "./mutations";
import { countNewJobAgentMatches } from "./queries";

/**
 * The job agents on the overview (R3.4): how many new jobs the citizen's agents have found since
 * they last looked; nothing for a citizen without agents. Seeing that count is use of the agents
 * (they are not deleted for being unused); agents that had been warned are said so, with the day
 * from which they would have been deleted.
 */
export const jobAgentsOverview: OverviewSource = {
  id: "jobagents",
  kind: "todo",
  async load({ citizen, locale, now }) {
    const [t, counts] = await Promise.all([
      getTranslations({ locale, namespace: "jobagents" }),
      countNewJobAgentMatches({ citizenId: citizen.citizenId, today: danishDay(now) }),
    ]);
    if (!counts) return null;
    const warned = [...(await markJobAgentsUsed({ citizenId: citizen.citizenId, now })).values()];
    const firstDeletion = warned.length > 0 ? new Date(Math.min(...warned.map((day) => day.getTime()))) : null;
    const warning = firstDeletion ? ` ${t("overview.warned", { count: warned.length, date: formatDanishDate(firstDeletion, locale) })}` : "";
    return {
      heading: t("title"),
      text: t("overview.text", { count: counts.newMatches }) + warning,
      link: { href: localizedPath(locale, "/jobagenter"), label: t("overview.link") },
    };
  },
};
