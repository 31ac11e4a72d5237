import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import type { OverviewSource } from "@/lib/mit-jobnet/overview";
import { mayAnswerForberedelsesskema } from "./eligibility";
import { getForberedelsesskema } from "./queries";
import { answeredCount } from "./progress";
import { questions } from "./questions";

/** The questionnaire on the overview's "what needs doing" while it is open to the citizen (R3.1): not started, or a draft to finish. */
export const forberedelsesskemaOverview: OverviewSource = {
  id: "forberedelsesskema",
  kind: "todo",
  async load({ citizen, locale }) {
    if (!mayAnswerForberedelsesskema(citizen.contactGroup)) return null;
    const [t, skema] = await Promise.all([
      getTranslations({ locale, namespace: "forberedelsesskema" }),
      getForberedelsesskema({ citizenId: citizen.citizenId }),
    ]);
    if (skema?.submittedAt) return null;
    const href = localizedPath(locale, "/forberedelsesskema");
    if (!skema) return { heading: t("title"), text: t("overview.notStarted"), link: { href, label: t("overview.start") } };
    return {
      heading: t("title"),
      text: t("overview.draft", { answered: answeredCount(skema.answers), total: questions.length }),
      link: { href, label: t("overview.continue") },
    };
  },
};
