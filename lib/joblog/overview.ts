import "server-only";
import { getTranslations } from "next-intl/server";
import { danishDay } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { countJoblogEntriesInWeek } from "./queries";

/** The joblog on the overview (R3.2): how many entries the citizen has this week (Danish time), and the way to the joblog. */
export const joblogOverview: OverviewSource = {
  id: "joblog",
  kind: "status",
  async load({ citizen, locale, now }) {
    const [t, { week, count }] = await Promise.all([
      getTranslations({ locale, namespace: "joblog" }),
      countJoblogEntriesInWeek({ citizenId: citizen.citizenId, day: danishDay(now) }),
    ]);
    return {
      heading: t("title"),
      text: t("overview.thisWeek", { count, week: week.week }),
      link: { href: localizedPath(locale, "/joblog"), label: t("overview.link") },
    };
  },
};
