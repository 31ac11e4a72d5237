import "@fontsource/ibm-plex-sans/latin-400.css";
import "@fontsource/ibm-plex-sans/latin-600.css";
import "@/app/globals.css";
import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link";

/** The `<html>` and `<body>` of every page, in the page's language. */
export function PageDocument({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}

/** What every page shows around its content: skip link, header, main content, footer. Nothing in it needs a script. */
export function PageFrame({
  address,
  sessionArea,
  menu,
  children,
}: {
  address: string;
  sessionArea?: ReactNode;
  /** The logged-in citizen's `Mit Jobnet` menu, under the header. */
  menu?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader address={address} sessionArea={sessionArea} />
      {menu}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
