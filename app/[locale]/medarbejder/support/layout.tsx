import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The texts of the support desk's forms (search, profile, brugerkode flag), for their validation in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["staff.errors", "staff.errorSummaryTitle", "staff.citizen", "staff.jobcenter", "staff.support", "staff.oneTime", "staff.contacts", "contactPersons.roles"]}>{children}</ClientMessages>;
}
