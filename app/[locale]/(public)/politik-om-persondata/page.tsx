import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { TextPage } from "@/components/text-page";
import { pageMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("privacy.title"));
}

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <TextPage namespace="privacy" />;
}
