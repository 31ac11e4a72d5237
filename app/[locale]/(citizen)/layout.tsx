import type { ReactNode } from "react";
import { requireCitizen } from "@/lib/auth/session";

/**
 * The logged-in citizen's pages: anyone else is sent to the front page, a citizen who must
 * first replace a one-time password to that page. Each page and its data still check that
 * what they show is the citizen's own.
 */
export default async function CitizenLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await requireCitizen((await params).locale);
  return children;
}
