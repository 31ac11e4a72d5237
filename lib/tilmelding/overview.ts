import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { getTilmelding } from "./queries";

/** An unfinished registration on the overview's "what needs doing" (R1.7); nothing before it is started or once it is sent. */
export const tilmeldingOverview: OverviewSource = {
  id: "tilmelding",
  kind: "todo",
  async load({ citizen, locale }) {
    const [t, tilmelding] = await Promise.all([getTranslations({ locale, namespace: "tilmelding" }), getTilmelding({ citizenId: citizen.citizenId })]);
    if (tilmelding?.status !== "draft") return null;
    return { heading: t("title"), text: t("overview.draft"), link: { href: localizedPath(locale, "/tilmelding"), label: t("overview.continue") } };
  },
};
