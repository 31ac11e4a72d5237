import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { SupportRequestForm } from "./support-request-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("supportRequest.title"));
}

/** R1.8: the special support request, for a citizen who must register as unemployed and has nowhere else to turn. */
export default async function SupportRequestPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("supportRequest");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-4">{t("intro1")}</p>
      <p className="mb-8">{t("intro2")}</p>
      <SupportRequestForm locale={locale} />
    </div>
  );
}
