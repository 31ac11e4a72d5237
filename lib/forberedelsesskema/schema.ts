import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { isOptionOf, questions } from "./questions";

// The questionnaire's forms, shared by the browser and the server actions. Messages are keys
// under `forberedelsesskema.errors`.

/** One question's page: which question (1–10), the option chosen, and whether to go back to the summary after. */
export const answerSchema = z
  .object({
    question: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(questions.length, "invalid"),
    // An unchosen radio group sends nothing: that is a missing answer too.
    answer: z.preprocess((value) => value ?? "", text().min(1, "answerMissing")),
    tilbageTil: z.enum(["oversigt"]).optional().catch(undefined),
  })
  // An answer is checked against its own question; a question that is no question has its own message.
  .refine((value) => !questions[value.question - 1] || isOptionOf(questions[value.question - 1].id, value.answer), {
    message: "answerMissing",
    path: ["answer"],
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "question"),
  });

export type AnswerInput = z.input<typeof answerSchema>;

/** The summary's `Send`: nothing but the page's language, which every citizen form sends. */
export const submitSchema = z.object({});

registerFormMessages("forberedelsesskema.errors", answerSchema, submitSchema);
