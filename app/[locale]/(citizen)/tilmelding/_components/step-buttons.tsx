import { buttonStyles } from "@/components/button";
import { SubmitButton } from "@/components/submit-button";

/** A step's `Næste` and `Tilbage`, and the hidden fields every step form sends. */
export function StepButtons({
  locale,
  returnToSummary,
  labels,
  backHref,
}: {
  locale: string;
  returnToSummary: boolean;
  labels: { next: string; back: string };
  backHref: string;
}) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      {returnToSummary && <input type="hidden" name="tilbageTil" value="tjek" />}
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{labels.next}</SubmitButton>
        <a href={backHref} className={buttonStyles.secondary}>
          {labels.back}
        </a>
      </div>
    </>
  );
}
