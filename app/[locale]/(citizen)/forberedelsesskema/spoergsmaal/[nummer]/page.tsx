import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { getForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { questionAt, questions } from "@/lib/forberedelsesskema/questions";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { QuestionForm } from "./question-form";

/**
 * One question of the preparation questionnaire (R3.1), `Spørgsmål 3 af 10`. A citizen it is
 * not for, or whose questionnaire is sent, is sent to its first page, which says why; an
 * address with no such question too.
 */
const page = citizenPage<{ nummer: string }, { fra?: string }>("form", async ({ locale, citizen, params, searchParams }) => {
  const base = localizedPath(locale, "/forberedelsesskema");
  const number = Number(params.nummer);
  const question = questionAt(number);
  if (!question || !/^\d+$/.test(params.nummer) || !mayAnswerForberedelsesskema(citizen.contactGroup)) redirect(base);
  const [t, skema, { fra }] = await Promise.all([getTranslations("forberedelsesskema"), getForberedelsesskema({ citizenId: citizen.citizenId }), searchParams]);
  if (skema?.submittedAt) redirect(base);
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
