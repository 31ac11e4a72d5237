"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Why a report cannot be made, on the page a refused `Bekræft` comes back to: it takes focus,
 * so a screen reader reads it at once — from the browser's `autofocus` when the page is loaded
 * without JavaScript, and when it is shown after the action's redirect with JavaScript.
 */
export function FocusedMessage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    // Shown only where the citizen's own report was refused (or its address changed): moving focus to why is GOV.UK's error pattern.
    // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
    <p ref={ref} tabIndex={-1} autoFocus className="mb-6 font-semibold focus:outline-none">
      {children}
    </p>
  );
}
