import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireStaff } from "@/lib/staff/session";

/** The editors' forms' texts, for their validation in the browser. */
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // The tool is for the editors: anyone else goes to the staff login or is told they have no access.
  await requireStaff((await params).locale, ["editor"]);
  return <ClientMessages namespaces={["editor"]}>{children}</ClientMessages>;
}
