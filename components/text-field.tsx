import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, Ref } from "react";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, className = "", ...inputProps }: TextFieldProps) {
  const t = useTranslations("forms");
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-1 font-semibold text-error">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`block w-full max-w-sm rounded border-2 ${error ? "border-error" : "border-border"} px-3 py-2 text-base ${className}`}
        {...inputProps}
      />
    </div>
  );
}
