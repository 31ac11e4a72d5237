import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { FaqPage } from "@/components/faq-page";
import { pageMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("faq.jobsoegere.title"));
}

export default async function FaqJobsoegerePage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  return <FaqPage audience="jobsoegere" searchParams={await searchParams} />;
}
