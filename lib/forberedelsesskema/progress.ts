import { isOptionOf, questions } from "./questions";

/** How many of the 10 questions `answers` answers with one of their options. */
export function answeredCount(answers: Record<string, string>): number {
  return questions.filter((question) => isOptionOf(question.id, answers[question.id] ?? "")).length;
}

/**
 * Where a citizen coming back to their draft continues: the number (1–10) of the first
 * question not yet answered, or null when every question is answered (then: the summary).
 */
export function nextQuestionNumber(answers: Record<string, string>): number | null {
  const index = questions.findIndex((question) => !isOptionOf(question.id, answers[question.id] ?? ""));
  return index === -1 ? null : index + 1;
}
