import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The questionnaire's forms get their error texts; every other text comes from the server as props. */
export default function ForberedelsesskemaLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["forberedelsesskema.errors", "forberedelsesskema.errorSummaryTitle"]}>{children}</ClientMessages>;
}
