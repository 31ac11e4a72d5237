import type { ReactNode } from "react";

/**
 * Text a person typed — a flag reason, a citizen's description of their situation — shown as
 * typed and marked with the language it was typed in (X2), Danish unless known otherwise, so
 * that on an English page a screen reader reads it as Danish. Names need no marking.
 */
export function TypedText({
  children,
  lang = "da",
  as: Element = "span",
  className,
}: {
  children: ReactNode;
  lang?: string;
  as?: "span" | "p" | "dd" | "td" | "div";
  className?: string;
}) {
  return (
    <Element lang={lang} className={className}>
      {children}
    </Element>
  );
}
