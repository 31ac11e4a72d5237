import { getTranslations } from "next-intl/server";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { TILMELDING_STEPS, type TilmeldingStep } from "@/lib/tilmelding/steps";
import type { FormPageText } from "@/components/form-page";

/** What every step's form is given by its page: the frame's texts, `Trin 1 af 3`, where `Tilbage` goes, and the buttons' labels. */
export interface StepText {
  page: FormPageText;
  progress: string;
  backHref: string;
  returnToSummary: boolean;
  labels: { next: string; back: string };
}

/**
 * The texts and links a step's page gives its form: the registration's title as the page's
 * heading, the step's number, and `Tilbage` to the step before (or the start page, or
 * `Tjek dine svar` when the citizen came from there to change an answer).
 */
export async function stepText(locale: string, step: TilmeldingStep, fra: string | undefined): Promise<StepText> {
  const t = await getTranslations("tilmelding");
  const index = TILMELDING_STEPS.findIndex((candidate) => candidate.id === step);
  const returnToSummary = fra === "tjek";
  const progress = t("progress", { number: index + 1, total: TILMELDING_STEPS.length });
  const before = TILMELDING_STEPS[index - 1];
  const backHref = localizedPath(locale, returnToSummary ? "/tilmelding/tjek-dine-svar" : before ? `/tilmelding/${before.slug}` : "/tilmelding");
  return {
    page: { documentTitle: await documentTitle(locale, `${progress} – ${t("title")}`), heading: t("title") },
    progress,
    backHref,
    returnToSummary,
    labels: { next: t("next"), back: t("back") },
  };
}
