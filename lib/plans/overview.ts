import "server-only";
import { getTranslations } from "next-intl/server";
import { formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { listCurrentPlans } from "./queries";

/** `Min plan` on the overview (R4.3): each published plan's kind, step and the day it was last published; nothing without a plan. */
export const planOverview: OverviewSource = {
  id: "min-plan",
  kind: "status",
  async load({ citizen, locale }) {
    const plans = await listCurrentPlans({ citizenId: citizen.citizenId });
    if (plans.length === 0) return null;
    const t = await getTranslations({ locale, namespace: "plans" });
    return {
      heading: t("title"),
      facts: plans.map((plan) => {
        const published = t("overview.published", { date: formatDanishDate(plan.createdAt, locale) });
        return { term: t(`kinds.${plan.kind}`), value: plan.step === null ? published : `${t("step", { step: plan.step })}, ${published}` };
      }),
      link: { href: localizedPath(locale, "/min-plan"), label: t("overview.link") },
    };
  },
};
