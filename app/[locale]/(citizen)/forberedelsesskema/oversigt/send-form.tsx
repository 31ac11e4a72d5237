"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { sendForberedelsesskema } from "@/lib/forberedelsesskema/actions";

/** The summary's `Send`. A refusal (a question unanswered, already sent) comes back in the error summary, with focus. */
export function SendForm({ locale, label }: { locale: string; label: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(sendForberedelsesskema, null);
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  return (
    <>
      <ErrorSummary
        title={t("forberedelsesskema.errorSummaryTitle")}
        errors={problems.map((key) => ({
          fieldId: "send",
          message: t(key as "errors.unexpected") + (state?.status === "error" && state.errorId ? ` (${state.errorId})` : ""),
        }))}
        focusKey={state}
      />
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton id="send">{label}</SubmitButton>
      </form>
    </>
  );
}
