import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { getCv } from "./queries";
import { cvSearchState } from "./searchable";

/**
 * The CV on the overview's "what needs doing" when the citizen has made it searchable but it
 * no longer counts as searchable (R3.3: after a change of contact group it lacks
 * `Ansættelsesbetingelser`), so they learn it on the front page and not only on the CV page.
 */
export const cvOverview: OverviewSource = {
  id: "cv",
  kind: "todo",
  async load({ citizen, locale }) {
    const { contactGroup, cv } = await getCv({ citizenId: citizen.citizenId });
    if (cvSearchState(contactGroup, cv).state !== "paused") return null;
    const t = await getTranslations({ locale, namespace: "cv" });
    return { heading: t("title"), text: t("overview.paused"), link: { href: localizedPath(locale, "/cv"), label: t("overview.link") } };
  },
};
