import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The label, hint and error around one form control, GOV.UK style. The control gets the
 * ids of the hint and error to put in its aria-describedby.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
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
      {children(describedBy)}
    </div>
  );
}

export function controlBorder(error: string | undefined): string {
  return `rounded border-2 ${error ? "border-error" : "border-border"} px-3 py-2 text-base`;
}
