import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The new-password form's texts, for its validation in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["newPassword"]}>{children}</ClientMessages>;
}
