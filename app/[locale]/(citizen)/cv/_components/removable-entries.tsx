"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/submit-button";
import type { FormAction } from "@/lib/actions";
import { ActionMessage } from "./action-message";

/**
 * A part of the CV as a list — experience, education or languages — each entry (drawn on the
 * server) with a button `Fjern <name>`, a small form of its own. After a press the page says
 * what was removed, and that message takes focus, since the button is gone with its entry.
 */
export function RemovableEntries({
  kind,
  locale,
  action,
  entries,
  labelledBy,
  emptyText,
}: {
  kind: "experience" | "education" | "languages";
  locale: string;
  action: FormAction<{ title: string }>;
  entries: { id: string; name: string; content: ReactNode }[];
  /** The id of the section heading that names the list. */
  labelledBy: string;
  emptyText: string;
}) {
  const t = useTranslations("cv.form");
  const messages = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const message =
    state?.status === "ok" && state.data
      ? t(`${kind}.removed`, { title: state.data.title })
      : state?.status === "error"
        ? Object.values(state.fieldErrors)
            .flat()
            .map((key) => messages(key as "errors.unexpected"))
            .join(" ") + (state.errorId ? ` (${state.errorId})` : "")
        : null;
  return (
    <>
      <ActionMessage message={message} failed={state?.status === "error"} focusKey={state} />
      {entries.length === 0 ? (
        <p className="mb-6">{emptyText}</p>
      ) : (
        <ul aria-labelledby={labelledBy} className="mb-8 max-w-2xl list-none space-y-4">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-start justify-between gap-4 border-b border-border pb-4">
              <div className="min-w-0 flex-1">{entry.content}</div>
              <form action={formAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={entry.id} />
                <SubmitButton variant="secondary">
                  {t("remove")}
                  <span className="sr-only"> {entry.name}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
