"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and acts on that citizen's own questionnaire only.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { saveAnswer, submitForberedelsesskema } from "./mutations";
import { questions } from "./questions";
import { answerSchema, submitSchema } from "./schema";

/**
 * `Næste` on one question's page: saves the answer to the draft and opens the next question
 * (or the summary after the last, or when the citizen came from the summary to change it).
 */
export const saveForberedelsesskemaAnswer = citizenAction(
  { schema: answerSchema, access: "citizen" },
  async ({ locale, question, answer, tilbageTil }, { citizen }) => {
    await saveAnswer({ citizenId: citizen.citizenId, questionId: questions[question - 1].id, option: answer });
    const base = localizedPath(locale, "/forberedelsesskema");
    // The browser's own Back must show the answer as saved, not the page as it was first loaded.
    revalidatePath(base, "layout");
    if (tilbageTil === "oversigt" || question === questions.length) redirect(`${base}/oversigt`);
    redirect(`${base}/spoergsmaal/${question + 1}`);
  },
);

/** `Send` on the summary: submits the questionnaire and opens its receipt; while a question is unanswered it says so. */
export const sendForberedelsesskema = citizenAction({ schema: submitSchema, access: "citizen" }, async ({ locale }, { citizen }) => {
  await submitForberedelsesskema({ citizenId: citizen.citizenId });
  redirect(localizedPath(locale, "/forberedelsesskema/kvittering"));
});
