"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorSummary, type SummaryError } from "./error-summary";

/** What a page that is one form gives the form: its title, its heading and what comes between the heading and the form. */
export interface FormPageText {
  /** The document's title, as the page's metadata would have made it (lib/i18n/metadata.ts `documentTitle`). */
  documentTitle: string;
  heading: string;
  intro?: ReactNode;
}

/**
 * The frame of a page that is one form (GOV.UK's pattern). After a failed submit, with or
 * without JavaScript, the document's title starts with `Fejl:`/`Error:` and the error summary
 * comes first in the main content, before the heading: the first thing a screen reader meets,
 * and the element that has focus. The title is rendered here, where the form's state is
 * known, so such a page's metadata gives none (`formPageMetadata`).
 */
export function FormPage({
  page,
  summary,
  children,
}: {
  page: FormPageText;
  summary: { title: string; errors: SummaryError[]; focusKey?: unknown };
  children: ReactNode;
}) {
  const t = useTranslations("metadata");
  const failed = summary.errors.length > 0;
  return (
    <>
      <title>{failed ? t("errorTitle", { title: page.documentTitle }) : page.documentTitle}</title>
      <ErrorSummary title={summary.title} errors={summary.errors} focusKey={summary.focusKey} setsDocumentTitle={false} />
      <h1 className="mb-6">{page.heading}</h1>
      {page.intro}
      {children}
    </>
  );
}
