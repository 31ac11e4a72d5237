import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isOptionOf, questions } from "@/lib/forberedelsesskema/questions";

/**
 * A questionnaire's 10 questions, each with the answer chosen (or `Ikke besvaret`), as a
 * description list: for the summary before `Send`, the receipt and the caseworker's view.
 * `action(number)` adds something after an answer (the summary's `Ret` link).
 */
export async function ForberedelsesskemaAnswers({
  answers,
  locale,
  action,
}: {
  answers: Record<string, string>;
  locale: string;
  action?: (number: number) => ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "forberedelsesskema" });
  return (
    <dl className="mb-8 divide-y divide-border border-y border-border">
      {questions.map((question, index) => {
        const chosen = answers[question.id];
        const answered = isOptionOf(question.id, chosen ?? "");
        return (
          <div key={question.id} className="py-4">
            <dt className="mb-1 font-semibold">
              {index + 1}. {t(`questions.${question.id}.text`)}
            </dt>
            <dd className={answered ? "" : "text-error"}>
              {answered ? t(`questions.${question.id}.options.${chosen}` as "questions.cv.options.cv") : t("notAnswered")}
              {action && <span className="ml-4">{action(index + 1)}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
