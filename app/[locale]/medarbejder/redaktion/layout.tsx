import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The editors' forms' texts, for their validation in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["editor"]}>{children}</ClientMessages>;
}
