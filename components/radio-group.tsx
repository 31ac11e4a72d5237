import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";

/**
 * One choice among fixed options, GOV.UK style: a fieldset whose legend is the question (on a
 * page with one question, the page's heading), each option a radio button with its label,
 * the error read before the options and tied to the group with aria-describedby. `inputProps`
 * are react-hook-form's `register(name)` (or a plain name), given to every radio.
 */
export function RadioGroup({
  id,
  legend,
  error,
  options,
  defaultValue,
  inputProps,
}: {
  /** The first radio's id (what the error summary links to); the others get `-2`, `-3` … */
  id: string;
  legend: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  inputProps: {
    name: string;
    ref?: Ref<HTMLInputElement>;
    onChange?: (event: { target: unknown; type?: unknown }) => unknown;
    onBlur?: (event: { target: unknown; type?: unknown }) => unknown;
  };
}) {
  const t = useTranslations("forms");
  return (
    <fieldset className={`mb-8 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-4">{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="mb-3 font-semibold text-error">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
      <div className="space-y-3">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={optionId}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
                className="h-6 w-6 shrink-0 accent-primary"
                {...inputProps}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
