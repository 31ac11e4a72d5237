import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireStaff } from "@/lib/staff/session";

/** The texts of the support desk's forms (search, profile, brugerkode flag), for their validation in the browser. */
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // The tool is for the support desk: anyone else goes to the staff login or is told they have no access.
  await requireStaff((await params).locale, ["support"]);
  return (
    <ClientMessages
      namespaces={[
        "staff.errors",
        "staff.errorSummaryTitle",
        "staff.citizen",
        "staff.jobcenter",
        "staff.support",
        "staff.oneTime",
        "staff.contacts",
        "contactPersons.roles",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
