import { getTranslations } from "next-intl/server";
import { ForberedelsesskemaAnswers } from "@/app/[locale]/_components/forberedelsesskema-answers";
import { CheckAnswersForm } from "@/components/check-answers-form";
import { sendForberedelsesskema } from "@/lib/forberedelsesskema/actions";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { getForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { unansweredNumbers } from "@/lib/forberedelsesskema/progress";
import { questions } from "@/lib/forberedelsesskema/questions";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { QuestionnaireClosed } from "../_components/questionnaire-closed";

/**
 * The questionnaire's summary (R3.1): every question with the answer given, each with `Ret`,
 * and `Send`. Before anything is answered, or once it is sent, the page says so in place.
 */
const page = citizenPage("form", async ({ locale, citizen }) => {
  if (!mayAnswerForberedelsesskema(citizen.contactGroup)) return <QuestionnaireClosed locale={locale} reason="notForYou" />;
  const [t, skema] = await Promise.all([getTranslations("forberedelsesskema"), getForberedelsesskema({ citizenId: citizen.citizenId })]);
  if (skema?.submittedAt) return <QuestionnaireClosed locale={locale} reason="submitted" submittedAt={skema.submittedAt} />;
  if (!skema) return <QuestionnaireClosed locale={locale} reason="notStarted" />;
  const base = localizedPath(locale, "/forberedelsesskema");
  const unanswered = unansweredNumbers(skema.answers).map((number) => ({
    fieldId: `ret-${number}`,
    message: t("unansweredQuestion", { number, question: t(`questions.${questions[number - 1].id}.text`) }),
  }));
  return (
    <div className="max-w-prose">
      <CheckAnswersForm
        locale={locale}
        action={sendForberedelsesskema}
        sendLabel={t("send")}
        summaryTitle={t("errorSummaryTitle")}
        incompleteKey="forberedelsesskema.errors.notAllAnswered"
        unanswered={unanswered}
        page={{ documentTitle: await documentTitle(locale, t("summaryTitle")), heading: t("summaryTitle"), intro: <p className="mb-6">{t("summaryIntro")}</p> }}
      >
        <ForberedelsesskemaAnswers
          answers={skema.answers}
          locale={locale}
          action={(number) => (
            <a id={`ret-${number}`} href={`${base}/spoergsmaal/${number}?fra=oversigt`}>
              {t("change")}
              <span className="sr-only"> {t("changeAnswer", { number })}</span>
            </a>
          )}
        />
      </CheckAnswersForm>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
