import "@fontsource/ibm-plex-sans/latin-400.css";
import "@fontsource/ibm-plex-sans/latin-600.css";
import "@/app/globals.css";
import { getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { getCitizenSession } from "@/lib/auth/session";
import { IntlProvider } from "./intl-provider";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link";

/** The document every page shares: language, skip link, header, main content, footer. */
export async function PageShell({ locale, children }: { locale: string; children: ReactNode }) {
  const [citizen, messages, timeZone] = await Promise.all([getCitizenSession(), getMessages(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <IntlProvider locale={locale} messages={messages} timeZone={timeZone}>
          <SkipLink />
          <SiteHeader citizen={citizen} />
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </IntlProvider>
      </body>
    </html>
  );
}
