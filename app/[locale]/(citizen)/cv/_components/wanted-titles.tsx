"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/submit-button";
import { changeCvWantedTitle } from "@/lib/cv/actions";
import { ActionMessage } from "./action-message";

/** An occupation title as the page shows it: its code and its name in the page's language. */
export type TitleChoice = { code: string; label: string };

/**
 * `Jeg søger job som` (R3.3, R1.7): the chosen titles as a list, each with a button
 * `Fjern <title>`, then the title search (`search`, drawn on the server: a GET form) and its
 * results, each with a button `Tilføj <title>`. Every button is a small form of its own, so it
 * all works without JavaScript; after a press, what changed is said where the list begins.
 */
export function WantedTitles({
  locale,
  chosen,
  results,
  labelledBy,
  resultsLabelledBy,
  emptyText,
  search,
}: {
  locale: string;
  chosen: TitleChoice[];
  /** The search's results, or null when nothing was searched. */
  results: TitleChoice[] | null;
  /** The id of the section heading that names the list of chosen titles. */
  labelledBy: string;
  /** The id of the heading that names the results. */
  resultsLabelledBy: string;
  emptyText: string;
  search: ReactNode;
}) {
  const t = useTranslations("cv.form");
  const messages = useTranslations();
  const [state, formAction] = useActionState(changeCvWantedTitle, null);
  const message =
    state?.status === "ok" && state.data
      ? t(state.data.handling === "tilfoej" ? "wantedTitles.added" : "wantedTitles.removed", { title: state.data.title })
      : state?.status === "error"
        ? Object.values(state.fieldErrors)
            .flat()
            .map((key) => messages(key as "errors.unexpected"))
            .join(" ") + (state.errorId ? ` (${state.errorId})` : "")
        : null;
  const chosenCodes = new Set(chosen.map((title) => title.code));

  const titleForm = (title: TitleChoice, handling: "tilfoej" | "fjern") => (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="handling" value={handling} />
      <input type="hidden" name="code" value={title.code} />
      <SubmitButton variant="secondary">
        {handling === "tilfoej" ? t("wantedTitles.add") : t("remove")}
        <span className="sr-only"> {title.label}</span>
      </SubmitButton>
    </form>
  );

  return (
    <>
      <ActionMessage message={message} failed={state?.status === "error"} focusKey={state} />
      {chosen.length === 0 ? (
        <p className="mb-6">{emptyText}</p>
      ) : (
        <ul aria-labelledby={labelledBy} className="mb-8 max-w-2xl list-none space-y-2">
          {chosen.map((title) => (
            <li key={title.code} className="flex flex-wrap items-center justify-between gap-3 rounded border-2 border-border px-3 py-2">
              <span className="font-semibold">{title.label}</span>
              {titleForm(title, "fjern")}
            </li>
          ))}
        </ul>
      )}
      {search}
      {results && results.length > 0 && (
        <ul aria-labelledby={resultsLabelledBy} className="max-w-2xl list-none space-y-2">
          {results.map((title) => (
            <li key={title.code} className="flex flex-wrap items-center justify-between gap-3 border-b border-border py-2">
              <span>{title.label}</span>
              {chosenCodes.has(title.code) ? <span className="px-5 font-semibold">{t("wantedTitles.chosen")}</span> : titleForm(title, "tilfoej")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
