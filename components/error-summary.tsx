"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type MouseEvent } from "react";

export interface SummaryError {
  /** The id of the field the message is about. */
  fieldId: string;
  message: string;
}

/**
 * The error summary at the top of a form: announced, and given focus when a submission
 * fails, with a link to each field in error. Without JavaScript it is still at the top of the
 * form and has focus when the page comes back with errors (`autofocus`), and a page that is
 * one form (FormPage) puts it before its heading and marks its title `Fejl:`; on other pages
 * the title is marked here, with JavaScript.
 * Its heading sits one level below the heading of the section the form is in (`headingLevel`),
 * and its id is the summary's own, so a page with two forms has two distinct summaries.
 */
export function ErrorSummary({
  title,
  errors,
  focusKey,
  headingLevel = 2,
  setsDocumentTitle = true,
}: {
  title: string;
  errors: SummaryError[];
  focusKey?: unknown;
  headingLevel?: 2 | 3 | 4;
  /** False where the page renders its own title (FormPage). */
  setsDocumentTitle?: boolean;
}) {
  const t = useTranslations("metadata");
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;
  // Focus moves here when the summary appears and once per failed submission (focusKey),
  // never while the citizen types and the list of errors changes.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);
  // While the summary shows, the document's title says there is an error (WCAG 3.3.1, GOV.UK).
  useEffect(() => {
    if (!hasErrors || !setsDocumentTitle) return;
    const original = document.title;
    const marked = t("errorTitle", { title: original });
    document.title = marked;
    return () => {
      if (document.title === marked) document.title = original;
    };
  }, [hasErrors, setsDocumentTitle, t]);

  if (errors.length === 0) return null;
  const Heading = `h${headingLevel}` as const;

  // Following a fragment link scrolls to a field but does not focus it in every browser.
  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      // Rendered on the server only after a failed submit: without JavaScript the browser gives it
      // focus. Safe: it is never on a page that has not just refused the user's own submit, and
      // moving focus to the summary is the GOV.UK error-summary pattern (WCAG 3.3.1).
      // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
      autoFocus
      role="alert"
      aria-labelledby={titleId}
      className="mb-8 border-4 border-error p-4"
    >
      <Heading id={titleId} className="mb-3 text-xl">
        {title}
      </Heading>
      <ul className="list-none space-y-1">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)} className="font-semibold text-error">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
