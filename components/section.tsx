import type { ReactNode } from "react";

/**
 * A part of a page named by its heading: `<section aria-labelledby>` with the heading inside,
 * so screen readers list it as a region under that name. `headingId` must be unique on the page.
 */
export function Section({
  headingId,
  heading,
  level = 2,
  className,
  headingClassName = "mb-3 text-xl",
  children,
}: {
  headingId: string;
  heading: ReactNode;
  level?: 2 | 3;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
