"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Feedback } from "@/app/[locale]/_components/notifications/feedback";
import { SubmitButton } from "@/components/submit-button";
import { keepJobAgentByLink } from "@/lib/jobagents/actions";

/**
 * `Behold jobagenten` from the link in an agent's warning: one button that posts (a mail
 * scanner that fetches the link changes nothing), then a receipt. Works without JavaScript.
 */
export function KeepJobAgentForm({ locale, token, texts }: { locale: string; token: string; texts: { button: string; done: string } }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(keepJobAgentByLink, null);
  if (state?.status === "ok") return <Feedback message={texts.done} />;
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {problems.length > 0 && (
        <p role="alert" className="mb-3 font-semibold text-error">
          {problems.map((key) => t(key as "errors.unexpected")).join(" ")}
          {state?.status === "error" && state.errorId ? ` (${state.errorId})` : ""}
        </p>
      )}
      <SubmitButton>{texts.button}</SubmitButton>
    </form>
  );
}
