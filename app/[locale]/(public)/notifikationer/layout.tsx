import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The pages of the links in notices: their forms' labels and error texts. */
export default function NotificationLinksLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications.form", "notifications.errors"]}>{children}</ClientMessages>;
}
