import type { ReactNode } from "react";
import type { CitizenSession } from "@/lib/auth/session";
import { CitizenSessionArea } from "./citizen-session-area";
import { ClientMessages } from "./client-messages";
import { MitJobnetMenu } from "./mit-jobnet-menu";
import { PageDocument, PageFrame } from "./page-frame";

/**
 * The document of a page rendered for its request: language, skip link, header with the
 * logged-in citizen (if any), main content, footer, and the texts its client islands use.
 * Pages served from the cache use PageDocument and PageFrame alone (app/statisk).
 */
export function PageShell({
  locale,
  citizen,
  address,
  children,
}: {
  locale: string;
  citizen: CitizenSession | null;
  /** The page's address (path and query), for the language switch. */
  address: string;
  children: ReactNode;
}) {
  return (
    <PageDocument locale={locale}>
      <ClientMessages namespaces={citizen ? ["sessionTimeout"] : []}>
        <PageFrame
          address={address}
          sessionArea={citizen && <CitizenSessionArea citizen={citizen} locale={locale} />}
          menu={citizen && !citizen.mustChangePassword && <MitJobnetMenu citizen={citizen} locale={locale} address={address} />}
        >
          {children}
        </PageFrame>
      </ClientMessages>
    </PageDocument>
  );
}
