import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** `Meld syg`'s forms get their error texts; every other text comes from the server as props. */
export default function MeldSygLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["sygdom.errors", "sygdom.errorSummaryTitle"]}>{children}</ClientMessages>;
}
