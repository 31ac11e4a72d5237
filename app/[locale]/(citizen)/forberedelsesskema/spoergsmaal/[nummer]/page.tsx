import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { setResponseStatus } from "@/lib/http/request-context";
import { getForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { questionAt, questions } from "@/lib/forberedelsesskema/questions";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { QuestionnaireClosed } from "../../_components/questionnaire-closed";
import { QuestionForm } from "./question-form";

/**
 * One question of the preparation questionnaire (R3.1), `Spørgsmål 3 af 10`, at
 * `/forberedelsesskema/spoergsmaal/3` (the number written plainly: no other address names a
 * question, 404). A citizen it is not for, or whose questionnaire is sent, is told so here.
 */
const page = citizenPage<{ nummer: string }, { fra?: string }>("form", async ({ locale, citizen, params, searchParams }) => {
  const base = localizedPath(locale, "/forberedelsesskema");
  const number = /^[1-9][0-9]?$/.test(params.nummer) ? Number(params.nummer) : NaN;
  const question = questionAt(number);
  if (!question) {
    setResponseStatus(404);
    return <NotFoundContent />;
  }
  if (!mayAnswerForberedelsesskema(citizen.contactGroup)) return <QuestionnaireClosed locale={locale} reason="notForYou" />;
  const [t, skema, { fra }] = await Promise.all([getTranslations("forberedelsesskema"), getForberedelsesskema({ citizenId: citizen.citizenId }), searchParams]);
  if (skema?.submittedAt) return <QuestionnaireClosed locale={locale} reason="submitted" submittedAt={skema.submittedAt} />;
  const returnToSummary = fra === "oversigt";
  const progress = t("progress", { number, total: questions.length });
  return (
    <div className="max-w-prose">
      <QuestionForm
        locale={locale}
        number={number}
        progress={progress}
        question={t(`questions.${question.id}.text`)}
        options={question.options.map((option) => ({ value: option, label: t(`questions.${question.id}.options.${option}` as "questions.cv.options.cv") }))}
        saved={skema?.answers[question.id]}
        returnToSummary={returnToSummary}
        labels={{ next: t("next"), back: t("back") }}
        backHref={returnToSummary ? `${base}/oversigt` : number === 1 ? base : `${base}/spoergsmaal/${number - 1}`}
        page={{ documentTitle: await documentTitle(locale, `${progress} – ${t("title")}`), heading: t("title") }}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
