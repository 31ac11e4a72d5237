import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The notification forms get their own labels and error texts; every other text of the page is drawn on the server. */
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications.form", "notifications.errors"]}>{children}</ClientMessages>;
}
