"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * What the caseworker's own `Offentliggør`, `Bekræft` or `Slet støttebehov` led to: a status
 * message or a question that takes focus when it appears, so it is read out and the next step
 * starts there. Without JavaScript the page is loaded anew and `autofocus` does it; after a
 * client navigation React does not apply `autofocus`, so the effect does, on mount and again
 * whenever `focusKey` changes (the same message for a newer version).
 */
export function FocusOnArrival({
  as: Element = "p",
  focusKey,
  children,
  ...props
}: {
  as?: "p" | "div";
  focusKey?: unknown;
  children: ReactNode;
  id: string;
  role: "status" | "group";
  className?: string;
  "aria-labelledby"?: string;
}) {
  const ref = useRef<HTMLParagraphElement & HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    // eslint-disable-next-line jsx-a11y/no-autofocus -- it appears only on the page the caseworker's own action opened, so focus is expected to move to it
    <Element ref={ref} tabIndex={-1} autoFocus {...props}>
      {children}
    </Element>
  );
}
