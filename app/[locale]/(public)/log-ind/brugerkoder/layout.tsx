import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The brugerkode login form's texts, for its validation in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["brugerkodeLogin"]}>{children}</ClientMessages>;
}
