import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Receipt, receiptNotFound } from "@/components/receipt";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { getSupportRequestReceipt } from "@/lib/support/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reference?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("supportRequest.receiptTitle"));
}

/**
 * R1.8: the receipt for a special support request — only for one that was received: its
 * reference and when. Never what was sent. Any other reference is not found (404).
 */
export default async function SupportReceiptPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ reference }, t] = await Promise.all([searchParams, getTranslations("supportRequest")]);
  const receipt = typeof reference === "string" ? await getSupportRequestReceipt({ reference }) : null;
  if (!receipt) receiptNotFound(locale, "/supporthenvendelse/kvittering");
  return (
    <Receipt heading={t("receiptTitle")} referenceLabel={t("receiptReference")} receivedAtLabel={t("receiptReceivedAt")} receipt={receipt}>
      <p className="mb-8">{t("receiptText")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </Receipt>
  );
}
