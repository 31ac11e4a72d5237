import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { countUnreadBeskeder } from "./queries";

/** Unread messages on the overview (R4.1): how many the citizen has not opened, and the way to `Min beskedbakke`; nothing when all are read. */
export const beskederOverview: OverviewSource = {
  id: "beskeder",
  kind: "todo",
  async load({ citizen, locale }) {
    const [t, unread] = await Promise.all([getTranslations({ locale, namespace: "beskeder" }), countUnreadBeskeder({ citizenId: citizen.citizenId })]);
    if (unread === 0) return null;
    return {
      heading: t("title"),
      text: t("overview.text", { count: unread }),
      link: { href: localizedPath(locale, "/beskeder"), label: t("overview.link") },
    };
  },
};
