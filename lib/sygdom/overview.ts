import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { getSygdomStatus } from "./queries";

/** `Meld syg/rask` on the overview (R4.2): while the citizen is registered sick, since when, and the way to `Meld rask`. */
export const sygdomOverview: OverviewSource = {
  id: "sygdom",
  kind: "status",
  async load({ citizen, locale }) {
    const status = await getSygdomStatus({ citizenId: citizen.citizenId });
    if (!status.sick) return null;
    const [t, format] = await Promise.all([getTranslations({ locale, namespace: "sygdom" }), getFormatter({ locale })]);
    // Noon UTC is the same day in Denmark, summer and winter.
    const date = format.dateTime(new Date(`${status.since}T12:00:00Z`), { dateStyle: "long" });
    return {
      heading: t("overview.heading"),
      text: t("overview.text", { date }),
      link: { href: localizedPath(locale, "/meld-rask"), label: t("overview.link") },
    };
  },
};
