import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { formatDay, formatHours } from "./format";
import { getDagpengeFigures } from "./queries";
import { hasDagpengetaeller } from "./rules";

/** Dagpengetælleren's summary on the overview (R1.7): hours left, the period's expected end, and the date of the figures. */
export const dagpengeOverview: OverviewSource = {
  id: "dagpengetaeller",
  kind: "status",
  async load({ citizen, locale }) {
    if (!hasDagpengetaeller(citizen.contactGroup)) return null;
    const [t, figures] = await Promise.all([getTranslations({ locale, namespace: "dagpengetaeller" }), getDagpengeFigures({ citizenId: citizen.citizenId })]);
    const link = { href: localizedPath(locale, "/dagpengetaeller"), label: t("overview.link") };
    if (!figures) return { heading: t("title"), text: t("noFigures"), link };
    return {
      heading: t("title"),
      facts: [
        { term: t("hoursLeft"), value: t("hours", { hours: formatHours(figures.hoursLeft, locale) }) },
        { term: t("periodEnds"), value: formatDay(figures.periodEnds, locale) },
        { term: t("updated"), value: formatDay(figures.reportedOn, locale) },
      ],
      link,
    };
  },
};
