import type { Tilmelding } from "@/db/schema";

/**
 * `Tilmelding`'s steps, in order, one thing per page (R1.7), each at its own address under
 * `/tilmelding`. After the last comes `Tjek dine svar` (`/tilmelding/tjek-dine-svar`).
 */
export const TILMELDING_STEPS = [
  { id: "firstDay", slug: "foerste-ledighedsdag" },
  { id: "akasse", slug: "a-kasse" },
  { id: "contact", slug: "kontaktoplysninger" },
] as const;

export type TilmeldingStep = (typeof TILMELDING_STEPS)[number]["id"];

/** The registration's fields a step fills in, as far as the summary and Send care. */
type Answers = Pick<Tilmelding, "firstDay" | "akasseMember" | "akasse" | "phone" | "email">;

/** Whether a step of the draft is answered. */
export function isStepAnswered(step: TilmeldingStep, answers: Answers): boolean {
  if (step === "firstDay") return answers.firstDay !== null;
  if (step === "akasse") return answers.akasseMember === false || (answers.akasseMember === true && answers.akasse !== null);
  return answers.phone !== null || answers.email !== null;
}

/** The steps the draft has not answered yet, in order. */
export function unansweredSteps(answers: Answers): TilmeldingStep[] {
  return TILMELDING_STEPS.filter((step) => !isStepAnswered(step.id, answers)).map((step) => step.id);
}

/** The address (without language) of a step's page. */
export function stepPath(step: TilmeldingStep): `/${string}` {
  return `/tilmelding/${TILMELDING_STEPS.find((candidate) => candidate.id === step)!.slug}`;
}

/** Where `Næste` on a step goes: the next step, or `Tjek dine svar` after the last (or when the citizen came from there). */
export function pathAfter(step: TilmeldingStep, { backToSummary }: { backToSummary: boolean }): `/${string}` {
  const index = TILMELDING_STEPS.findIndex((candidate) => candidate.id === step);
  const next = TILMELDING_STEPS[index + 1];
  return backToSummary || !next ? "/tilmelding/tjek-dine-svar" : `/tilmelding/${next.slug}`;
}
