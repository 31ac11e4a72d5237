import "server-only";
import { getTranslations } from "next-intl/server";
import { danishDay } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { countNewJobAgentMatches } from "./queries";

/** The job agents on the overview (R3.4): how many new jobs the citizen's agents have found since they last looked; nothing for a citizen without agents. */
export const jobAgentsOverview: OverviewSource = {
  id: "jobagents",
  kind: "todo",
  async load({ citizen, locale, now }) {
    const [t, counts] = await Promise.all([
      getTranslations({ locale, namespace: "jobagents" }),
      countNewJobAgentMatches({ citizenId: citizen.citizenId, today: danishDay(now) }),
    ]);
    if (!counts) return null;
    return {
      heading: t("title"),
      text: t("overview.text", { count: counts.newMatches }),
      link: { href: localizedPath(locale, "/jobagenter"), label: t("overview.link") },
    };
  },
};
