import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";

/**
 * Any number of fixed options, GOV.UK style: a fieldset whose legend is the question, a hint
 * and the error read before the options and tied to the group with aria-describedby, each
 * option a checkbox with its label. Every checkbox has the same name, so the form sends one
 * value per ticked box. `inputProps` are react-hook-form's `register(name)` (or a plain name).
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  defaultValues,
  inputProps,
}: {
  /** The first checkbox's id (what the error summary links to); the others get `-2`, `-3` … */
  id: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  defaultValues: readonly string[];
  inputProps: {
    name: string;
    ref?: Ref<HTMLInputElement>;
    onChange?: (event: { target: unknown; type?: unknown }) => unknown;
    onBlur?: (event: { target: unknown; type?: unknown }) => unknown;
  };
}) {
  const t = useTranslations("forms");
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={describedBy}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-2 font-semibold text-error">
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
                type="checkbox"
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
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
