import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The job agent's form gets its error texts; every other text comes from the server as props. */
export default function JobAgentsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["jobagents.errors", "jobagents.errorSummaryTitle"]}>{children}</ClientMessages>;
}
