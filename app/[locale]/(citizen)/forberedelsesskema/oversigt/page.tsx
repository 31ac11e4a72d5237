import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ForberedelsesskemaAnswers } from "@/app/[locale]/_components/forberedelsesskema-answers";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { getForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { SendForm } from "./send-form";

/**
 * The questionnaire's summary (R3.1): every question with the answer given, each with `Ret`,
 * and `Send`. Before a draft exists, or once it is sent, the first page says what to do.
 */
const page = citizenPage("forberedelsesskema.summaryTitle", async ({ locale, citizen }) => {
  const base = localizedPath(locale, "/forberedelsesskema");
  if (!mayAnswerForberedelsesskema(citizen.contactGroup)) redirect(base);
  const [t, skema] = await Promise.all([getTranslations("forberedelsesskema"), getForberedelsesskema({ citizenId: citizen.citizenId })]);
  if (!skema || skema.submittedAt) redirect(base);
  return (
    <div className="max-w-prose">
      <p className="mb-2 text-muted">{t("title")}</p>
      <h1 className="mb-4">{t("summaryTitle")}</h1>
      <p className="mb-6">{t("summaryIntro")}</p>
      <ForberedelsesskemaAnswers
        answers={skema.answers}
        locale={locale}
        action={(number) => (
          <a href={`${base}/spoergsmaal/${number}?fra=oversigt`}>
            {t("change")}
            <span className="sr-only"> {t("changeAnswer", { number })}</span>
          </a>
        )}
      />
      <SendForm locale={locale} label={t("send")} />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
