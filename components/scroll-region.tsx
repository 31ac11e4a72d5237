import type { ReactNode } from "react";

type Name = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

/**
 * Wide content — a table — that may scroll sideways inside the page on a narrow screen, so the
 * page itself never does (WCAG 1.4.10). The box can take keyboard focus, so it can be scrolled
 * with the arrow keys (WCAG 2.1.1), and is a region named by the visible heading or caption it
 * belongs to (`labelledBy`, an id) or by a label from the message files, so a screen reader says
 * what it holds when focus lands on it.
 */
export function ScrollRegion({ children, className = "", ...name }: Name & { children: ReactNode; className?: string }) {
  return (
    <div
      role="region"
      aria-labelledby={name.labelledBy}
      aria-label={name.label}
      // Safe and needed: a region that scrolls sideways must take focus so a keyboard can scroll
      // it (WCAG 2.1.1; axe's scrollable-region-focusable); it is named, so focus says what it is.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      className={`max-w-full overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
