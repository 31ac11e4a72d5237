import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { Receipt, ReceiptNotFound } from "@/components/receipt";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { getSupportRequestReceipt } from "@/lib/support/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reference?: string | string[] }> };

/** The receipt the address asks for, looked up once for the title and the page. */
const receiptFor = cache(async (reference: string | string[] | undefined) =>
  typeof reference === "string" ? getSupportRequestReceipt({ reference }) : null,
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const receipt = await receiptFor((await searchParams).reference);
  return pageMetadata((await params).locale, (t) => (receipt ? t("supportRequest.receiptTitle") : t("receiptNotFound.title")));
}

/**
 * R1.8: the receipt for a special support request — only for one that was received: its
 * reference and when. Never what was sent. Any other reference is not found (404).
 */
export default async function SupportReceiptPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ reference }, t] = await Promise.all([searchParams, getTranslations("supportRequest")]);
  const receipt = await receiptFor(reference);
  if (!receipt) return <ReceiptNotFound locale={locale} />;
  return (
    <Receipt heading={t("receiptTitle")} referenceLabel={t("receiptReference")} receivedAtLabel={t("receiptReceivedAt")} receipt={receipt}>
      <p className="mb-8">{t("receiptText")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </Receipt>
  );
}
