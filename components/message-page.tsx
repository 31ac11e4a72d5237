import type { ReactNode } from "react";

/**
 * A page that says one thing in place of what was asked for — a tool that is not for this
 * citizen, nothing to show yet — with its heading, the text (paragraphs), and the way on.
 */
export function MessagePage({ heading, children, link }: { heading: ReactNode; children: ReactNode; link?: { href: string; label: string } }) {
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{heading}</h1>
      {children}
      {link && (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
    </div>
  );
}
