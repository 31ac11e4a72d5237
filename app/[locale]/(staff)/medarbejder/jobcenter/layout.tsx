import type { ReactNode } from "react";
import { StaffToolLayout } from "../_components/staff-tool-layout";

/** The tool of the jobcenter's caseworkers. */
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <StaffToolLayout staffRole="caseworker" locale={(await params).locale}>
      {children}
    </StaffToolLayout>
  );
}
