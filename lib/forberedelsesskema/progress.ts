import { isOptionOf, questions } from "./questions";

/** The numbers (1–10) of the questions `answers` does not answer with one of their options, in order. */
export function unansweredNumbers(answers: Record<string, string>): number[] {
  return questions.flatMap((question, index) => (isOptionOf(question.id, answers[question.id] ?? "") ? [] : [index + 1]));
}

/** How many of the 10 questions `answers` answers with one of their options. */
export function answeredCount(answers: Record<string, string>): number {
  return questions.length - unansweredNumbers(answers).length;
}

/**
 * Where a citizen coming back to their draft continues: the number (1–10) of the first
 * question not yet answered, or null when every question is answered (then: the summary).
 */
export function nextQuestionNumber(answers: Record<string, string>): number | null {
  return unansweredNumbers(answers)[0] ?? null;
}
