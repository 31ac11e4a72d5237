import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** `Tilmelding`'s forms get their error texts; every other text comes from the server as props. */
export default function TilmeldingLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["tilmelding.errors", "tilmelding.errorSummaryTitle"]}>{children}</ClientMessages>;
}
