import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The texts of the caseworkers' forms (search, profile, brugerkode flag, contact persons), for their validation in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["staff.errors", "staff.errorSummaryTitle", "staff.citizen", "staff.jobcenter", "staff.support", "staff.oneTime", "staff.contacts", "contactPersons.roles"]}>{children}</ClientMessages>;
}
