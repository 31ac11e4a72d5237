import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { FaqPage, faqSearch } from "@/components/faq-page";
import { pageMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const refused = faqSearch(await searchParams).searchError !== null;
  return pageMetadata((await params).locale, (t) => t("faq.jobsoegere.title"), { refused });
}

export default async function FaqJobsoegerePage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  return <FaqPage audience="jobsoegere" searchParams={await searchParams} />;
}
