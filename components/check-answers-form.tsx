"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions";
import { FormPage, type FormPageText } from "./form-page";
import { SubmitButton } from "./submit-button";

/**
 * The last page of a multi-step form (GOV.UK's "check answers"): the answers (`children`,
 * drawn on the server, each with its `Ret` link) and `Send` as one form. A refusal comes back
 * in the error summary before the heading, with focus: when the action says something is
 * unanswered or no longer holds (`incompleteKey`, one key or several), each such part linked
 * to its `Ret` link; any other
 * refusal with its own message (and error id).
 */
export function CheckAnswersForm({
  locale,
  page,
  action,
  sendLabel,
  summaryTitle,
  incompleteKey,
  unanswered,
  children,
}: {
  locale: string;
  page: FormPageText;
  action: FormAction;
  sendLabel: string;
  summaryTitle: string;
  /** The action's message key(s) (from the root of the message files) for "something is unanswered" (or no longer holds). */
  incompleteKey: string | readonly string[];
  /** The parts without an answer (or whose answer no longer holds): the id of each one's `Ret` link and what the summary says of it. */
  unanswered: { fieldId: string; message: string }[];
  children: ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  const reference = state?.status === "error" && state.errorId ? ` (${state.errorId})` : "";
  const incompleteKeys: readonly string[] = typeof incompleteKey === "string" ? [incompleteKey] : incompleteKey;
  const errors = problems.flatMap((key) =>
    incompleteKeys.includes(key) && unanswered.length > 0 ? unanswered : [{ fieldId: "send", message: t(key as "errors.unexpected") + reference }],
  );
  return (
    <FormPage page={page} summary={{ title: summaryTitle, errors, focusKey: state }}>
      {children}
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton id="send">{sendLabel}</SubmitButton>
      </form>
    </FormPage>
  );
}
