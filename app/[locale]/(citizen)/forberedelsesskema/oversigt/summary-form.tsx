"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { sendForberedelsesskema } from "@/lib/forberedelsesskema/actions";

const NOT_ALL_ANSWERED = "forberedelsesskema.errors.notAllAnswered";

/**
 * The summary page as one form: the answers (`children`, drawn on the server) and `Send`. A
 * refusal comes back in the error summary before the heading, with focus: each unanswered
 * question linked to its `Ret` link (`#ret-<number>`), or the refusal's own message.
 */
export function SummaryForm({
  locale,
  page,
  sendLabel,
  unanswered,
  children,
}: {
  locale: string;
  page: FormPageText;
  sendLabel: string;
  /** The questions without an answer, each with what the summary says of it. */
  unanswered: { number: number; message: string }[];
  children: ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(sendForberedelsesskema, null);
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  const reference = state?.status === "error" && state.errorId ? ` (${state.errorId})` : "";
  const errors = problems.flatMap((key) =>
    key === NOT_ALL_ANSWERED && unanswered.length > 0
      ? unanswered.map((question) => ({ fieldId: `ret-${question.number}`, message: question.message }))
      : [{ fieldId: "send", message: t(key as "errors.unexpected") + reference }],
  );
  return (
    <FormPage page={page} summary={{ title: t("forberedelsesskema.errorSummaryTitle"), errors, focusKey: state }}>
      {children}
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton id="send">{sendLabel}</SubmitButton>
      </form>
    </FormPage>
  );
}
