// The preparation questionnaire's 10 questions (R3.1), each with its fixed options, by id;
// their texts are in the message files under `forberedelsesskema.questions.<id>`. STAR's own
// questions are not public, so these are the portal's: when the citizen expects to be in work,
// their job search, what may limit them, and the help they want. No answer is scored.

export const questions = [
  { id: "forventet-job", options: ["inden-1-maaned", "1-3-maaneder", "3-6-maaneder", "over-6-maaneder", "ved-ikke"] },
  { id: "ansoegninger", options: ["ingen", "1-5", "6-10", "over-10"] },
  { id: "soegemaade", options: ["jobopslag", "uopfordret", "netvaerk", "vikarbureau", "andet"] },
  { id: "jobmaal", options: ["samme-job", "samme-branche", "ny-branche", "uddannelse", "ved-ikke"] },
  { id: "cv", options: ["opdateret", "delvist", "ikke-opdateret", "intet-cv"] },
  { id: "helbred", options: ["nej", "lidt", "en-del", "meget", "vil-ikke-svare"] },
  { id: "praktisk", options: ["nej", "lidt", "en-del", "meget"] },
  { id: "kompetencer", options: ["ja", "delvist", "nej", "ved-ikke"] },
  { id: "hjaelp", options: ["jobsoegning", "cv", "opkvalificering", "praktik", "mentor", "ingen"] },
  { id: "samtaleform", options: ["fremmoede", "telefon", "video", "ingen-praeference"] },
] as const satisfies readonly { id: string; options: readonly string[] }[];

export type Question = (typeof questions)[number];
export type QuestionId = Question["id"];

/** The question at `number` (1–10), or undefined. */
export function questionAt(number: number): Question | undefined {
  return Number.isInteger(number) ? questions[number - 1] : undefined;
}

/** Whether `option` is one of the fixed options of the question `id`. */
export function isOptionOf(id: string, option: string): boolean {
  return questions.some((question) => question.id === id && (question.options as readonly string[]).includes(option));
}
