"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * What one of the CV's forms says after it was sent: what was saved, added or removed, or why
 * it was not. Without JavaScript the page comes back with it and the browser gives it focus
 * (`autofocus`), so the citizen is where they were. With JavaScript, `live` puts it in a
 * polite status region (the form is still there and keeps focus); otherwise — where the
 * pressed button is gone, as after `Fjern` — it takes focus itself once per answer
 * (`focusKey`), so focus is never lost.
 */
export function ActionMessage({
  message,
  failed = false,
  live = false,
  focusKey,
}: {
  message: string | null;
  failed?: boolean;
  live?: boolean;
  focusKey?: unknown;
}) {
  const t = useTranslations("forms");
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!live && focusKey && message) ref.current?.focus();
  }, [live, focusKey, message]);
  const paragraph = message ? (
    <p
      ref={ref}
      tabIndex={-1}
      // Rendered on the server only in the answer to the citizen's own post: without JavaScript
      // the browser moves focus to what their press did, as GOV.UK's notification banner does.
      // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
      autoFocus
      className={`mb-4 max-w-prose p-3 font-semibold ${failed ? "border-l-8 border-error text-error" : "border-l-8 border-[#00703c] bg-[#e6f4ea]"}`}
    >
      {failed && <span className="sr-only">{t("errorPrefix")} </span>}
      {message}
    </p>
  ) : null;
  return live ? <div role="status">{paragraph}</div> : paragraph;
}
