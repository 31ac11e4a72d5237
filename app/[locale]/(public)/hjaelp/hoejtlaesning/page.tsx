import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { TextPage } from "@/components/text-page";
import { pageMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("readAloud.title"));
}

// R1.7: the read-aloud help is linked from the footer under `Hjælp` and from nowhere else.
export default async function ReadAloudPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <TextPage namespace="readAloud" />;
}
