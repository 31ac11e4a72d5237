import type { ReactNode } from "react";

/**
 * Terms and their values (`<dt>`/`<dd>` pairs): each value under its term on a narrow screen,
 * beside it where there is room. A column as wide as the longest term would leave the values
 * too little room at 320 px (WCAG 1.4.10).
 */
export function TermList({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 sm:grid-cols-[minmax(auto,max-content)_minmax(0,1fr)] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0 ${className}`}>
      {children}
    </dl>
  );
}
