"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions";
import { ErrorSummary } from "./error-summary";

/**
 * A form with one server action and hidden fields only (a confirmation, a logout). Without
 * JavaScript it posts and the server redirects; a problem the action reports is shown above
 * the button and announced — or, given `errorSummary`, in an error summary at the top of the
 * form that links to the field it names (the GOV.UK pattern).
 */
export function ActionForm({
  action,
  fields,
  children,
  className,
  errorSummary,
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  className?: string;
  /** Show problems in an error summary with this title, each linking to `fieldId` (e.g. the form's button). */
  errorSummary?: { title: string; fieldId: string; headingLevel?: 2 | 3 | 4 };
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  // Every problem is a key from the root of the message files (lib/actions.ts).
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {errorSummary && (
        <ErrorSummary
          title={errorSummary.title}
          headingLevel={errorSummary.headingLevel}
          focusKey={state}
          errors={problems.map((key) => ({
            fieldId: errorSummary.fieldId,
            message: `${t(key as "errors.unexpected")}${state?.status === "error" && state.errorId ? ` (${state.errorId})` : ""}`,
          }))}
        />
      )}
      {!errorSummary && problems.length > 0 && (
        <p role="alert" className="mb-3 font-semibold text-error">
          {problems.map((key) => t(key as "errors.unexpected")).join(" ")}
          {state?.status === "error" && state.errorId ? ` (${state.errorId})` : ""}
        </p>
      )}
      {children}
    </form>
  );
}
