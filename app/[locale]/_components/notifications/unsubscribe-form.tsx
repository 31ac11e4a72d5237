"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { unsubscribeByLink } from "@/lib/notifications/actions";
import { Feedback } from "./feedback";

/**
 * `Afmeld` from a link in a notice: one button that posts (a mail scanner that fetches the
 * link changes nothing), then what was done and a link to every choice.
 */
export function UnsubscribeForm({
  locale,
  topic,
  token,
  texts,
  settingsHref,
}: {
  locale: string;
  topic: "jobagent" | "besked";
  token: string;
  texts: { button: string; done: string; settingsLink: string };
  settingsHref: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(unsubscribeByLink, null);
  if (state?.status === "ok") {
    return (
      <>
        <Feedback message={texts.done} />
        <p>
          <a href={settingsHref}>{texts.settingsLink}</a>
        </p>
      </>
    );
  }
  const problems = state?.status === "error" ? Object.values(state.fieldErrors).flat() : [];
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="topic" value={topic} />
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
