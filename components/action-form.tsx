"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions";

/**
 * A form with one server action and hidden fields only (a confirmation, a logout). Without
 * JavaScript it posts and the server redirects; a problem the action reports is shown above
 * the button and announced.
 */
export function ActionForm({
  action,
  fields,
  children,
  className,
}: {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  children: ReactNode;
  className?: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  // A problem with the form as a whole is a key from the root; one with a hidden field a key
  // under `errors` (the schemas of such forms are registered under `errors`, lib/form-messages.ts).
  const problems =
    state?.status === "error" ? Object.entries(state.fieldErrors).flatMap(([field, keys]) => keys.map((key) => (field === "_form" ? key : `errors.${key}`))) : [];
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {problems.length > 0 && (
        <p role="alert" className="mb-3 font-semibold text-error">
          {problems.map((key) => t(key as "errors.unexpected")).join(" ")}
          {state?.status === "error" && state.errorId ? ` (${state.errorId})` : ""}
        </p>
      )}
      {children}
    </form>
  );
}
