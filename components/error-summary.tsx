"use client";

import { useEffect, useRef, type MouseEvent } from "react";

export interface SummaryError {
  /** The id of the field the message is about. */
  fieldId: string;
  message: string;
}

/**
 * The error summary at the top of a form: announced, and given focus when a submission
 * fails, with a link to each field in error. Without JavaScript it is still at the top of the page.
 */
export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: SummaryError[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // Focus moves here when the summary appears and once per failed submission (focusKey),
  // never while the citizen types and the list of errors changes.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);

  if (errors.length === 0) return null;

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
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-error p-4"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl">
        {title}
      </h2>
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
