import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The joblog's forms get their error texts; every other text comes from the server as props. */
export default function JoblogLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["joblog.errors", "joblog.errorSummaryTitle"]}>{children}</ClientMessages>;
}
