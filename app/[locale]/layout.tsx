import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageShell } from "@/components/shell/page-shell";
import { getCitizenSession } from "@/lib/auth/session";
import { pageAddress } from "@/lib/http/page-address";
import { markAppCodeRan } from "@/lib/http/request-context";
import { siteMetadata } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(locale);
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // From here on a failure is the portal's, not a request Next could not read (server.ts).
  markAppCodeRan();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [citizen, address] = await Promise.all([getCitizenSession(), pageAddress()]);
  return (
    <PageShell locale={locale} citizen={citizen} address={address}>
      {children}
    </PageShell>
  );
}
