import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";
import { controlBorder } from "./field";

type Part = "day" | "month" | "year";

/** What react-hook-form's `register(name)` gives (or a plain name), for one of the three fields. */
type PartInputProps = {
  name: string;
  ref?: Ref<HTMLInputElement>;
  onChange?: (event: { target: unknown; type?: unknown }) => unknown;
  onBlur?: (event: { target: unknown; type?: unknown }) => unknown;
};

/**
 * A date as three fields — day, month, year — GOV.UK's date input: one fieldset whose legend is
 * the question, the hint and the error tied to the group with aria-describedby, each field
 * labelled, numeric keyboard on phones, and the fields at fault marked invalid. Each field's id is
 * `<id>-day`, `<id>-month`, `<id>-year` (what the error summary links to).
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  invalid,
  labels,
  defaultValues,
  inputProps,
}: {
  id: string;
  legend: ReactNode;
  hint: string;
  error?: string;
  /** Which fields the error is about (all three for a date that is no date). */
  invalid: readonly Part[];
  labels: Record<Part, string>;
  defaultValues: Partial<Record<Part, string>>;
  inputProps: Record<Part, PartInputProps>;
}) {
  const t = useTranslations("forms");
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset className={`mb-8 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={describedBy}>
      <legend className="mb-2">{legend}</legend>
      <p id={`${id}-hint`} className="mb-3 text-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mb-3 font-semibold text-error">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-4">
        {(["day", "month", "year"] as const).map((part) => (
          <div key={part}>
            <label htmlFor={`${id}-${part}`} className="mb-1 block font-semibold">
              {labels[part]}
            </label>
            <input
              id={`${id}-${part}`}
              type="text"
              inputMode="numeric"
              defaultValue={defaultValues[part] ?? ""}
              aria-invalid={error && invalid.includes(part) ? true : undefined}
              className={`${part === "year" ? "w-24" : "w-16"} ${controlBorder(error && invalid.includes(part) ? error : undefined)}`}
              {...inputProps[part]}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The one error a date input shows, and the fields it marks invalid, from the form's errors for
 * the three fields: a missing month or year is about that field; every other problem (linked
 * to the day) is about the whole date.
 */
export function dateInputError(errorFor: (part: Part) => string | undefined): { error?: string; invalid: readonly Part[] } {
  const problems = (["day", "month", "year"] as const).map((part) => [part, errorFor(part)] as const).filter(([, message]) => message);
  if (problems.length === 0) return { invalid: [] };
  return { error: problems[0][1], invalid: problems[0][0] === "day" ? ["day", "month", "year"] : problems.map(([part]) => part) };
}
