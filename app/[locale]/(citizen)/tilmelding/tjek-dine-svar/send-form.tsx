"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { sendTilmeldingAction } from "@/lib/tilmelding/actions";

const NOT_COMPLETE = "tilmelding.errors.notComplete";

/**
 * `Tjek dine svar` as one form: the answers (`children`, drawn on the server) and `Send`. A
 * refusal comes back in the error summary before the heading, with focus: each unanswered
 * step linked to its `Ret` link, or the refusal's own message.
 */
export function SendForm({
  locale,
  page,
  sendLabel,
  unanswered,
  children,
}: {
  locale: string;
  page: FormPageText;
  sendLabel: string;
  /** The steps without an answer: the id of each one's `Ret` link and what the summary says of it. */
  unanswered: { fieldId: string; message: string }[];
  children: ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(sendTilmeldingAction, null);
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  const reference = state?.status === "error" && state.errorId ? ` (${state.errorId})` : "";
  const errors = problems.flatMap((key) =>
    key === NOT_COMPLETE && unanswered.length > 0 ? unanswered : [{ fieldId: "send", message: t(key as "errors.unexpected") + reference }],
  );
  return (
    <FormPage page={page} summary={{ title: t("tilmelding.errorSummaryTitle"), errors, focusKey: state }}>
      {children}
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton id="send">{sendLabel}</SubmitButton>
      </form>
    </FormPage>
  );
}
