import { useTranslations } from "next-intl";
import { Fragment, type ReactNode, type Ref } from "react";

/**
 * One choice among fixed options, GOV.UK style: a fieldset whose legend is the question (on a
 * page with one question, the page's heading), each option a radio button with its label,
 * the error read before the options and tied to the group with aria-describedby. `inputProps`
 * are react-hook-form's `register(name)` (or a plain name), given to every radio. `conditional`
 * puts something right after an option, inside the fieldset (GOV.UK's conditional reveal: shown
 * while that option is chosen, and always where the browser lacks :has(); app/globals.css).
 */
export function RadioGroup({
  id,
  legend,
  error,
  options,
  defaultValue,
  inputProps,
  conditional,
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
  /** What follows an option (by its value), shown while it is chosen. */
  conditional?: Partial<Record<string, ReactNode>>;
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
          const revealed = conditional?.[option.value];
          return (
            <Fragment key={option.value}>
              <div className={`flex items-center gap-3 ${revealed ? "radio-option" : ""}`}>
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
              {revealed && <div className="radio-conditional ml-3 border-l-4 border-border pt-2 pl-6">{revealed}</div>}
            </Fragment>
          );
        })}
      </div>
    </fieldset>
  );
}
