import type { ReactNode } from "react";
import type { StaffRole } from "@/db/schema";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireStaff } from "@/lib/staff/session";

// The texts the support desk's and the caseworkers' forms (search, profile, brugerkode flag,
// contact persons, the one-time password shown once) use in the browser.
const STAFF_FORM_NAMESPACES = [
  "staff.errors",
  "staff.errorSummaryTitle",
  "staff.citizen",
  "staff.jobcenter",
  "staff.support",
  "staff.oneTime",
  "staff.contacts",
  "contactPersons.roles",
  "plans.staff",
  "plans.errors",
];

/**
 * The layout of a staff tool for `staffRole`: anyone without a staff session goes to the staff
 * login, a staff member without the role is told they have no access; the tool's forms get
 * their texts for checking in the browser.
 */
export async function StaffToolLayout({ staffRole, locale, children }: { staffRole: StaffRole; locale: string; children: ReactNode }) {
  await requireStaff(locale, [staffRole]);
  return <ClientMessages namespaces={STAFF_FORM_NAMESPACES}>{children}</ClientMessages>;
}
