import { getTranslations } from "next-intl/server";
import { Receipt, ReceiptNotFound } from "@/components/receipt";
import { Section } from "@/components/section";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/pages";
import { getSygdomReceipt } from "@/lib/sygdom/queries";
import { formatDay } from "./text";

/**
 * The receipt of a sick or well report (R4.2): its reference, the date and time it was made
 * (Danish time), and what was reported from which day. Printable: the print style leaves out the
 * header, menu and footer. Only the citizen's own, and only under its own kind's address; any
 * other reference is not found (404).
 */
export async function SygdomReceipt({
  locale,
  citizenId,
  kind,
  searchParams,
}: {
  locale: Locale;
  citizenId: string;
  kind: "syg" | "rask";
  searchParams: SearchParams;
}) {
  const reference = typeof searchParams.reference === "string" ? searchParams.reference : "";
  const [t, tNotFound, receipt] = await Promise.all([
    getTranslations("sygdom"),
    getTranslations("receiptNotFound"),
    getSygdomReceipt({ citizenId, reference }),
  ]);
  if (!receipt || receipt.kind !== kind) {
    return (
      <>
        <title>{await documentTitle(locale, tNotFound("title"))}</title>
        <ReceiptNotFound locale={locale} />
      </>
    );
  }
  const heading = t(`receipt.${kind}Title`);
  return (
    <Receipt heading={heading} referenceLabel={t("receipt.reference")} receivedAtLabel={t("receipt.receivedAt")} receipt={receipt}>
      <title>{await documentTitle(locale, heading)}</title>
      <Section headingId="reported-heading" heading={t("receipt.reportedHeading")} className="mb-8">
        <p className="mb-4">{t(`receipt.${kind}Text`, { date: await formatDay(receipt.fromDay) })}</p>
        <p>{t(`receipt.${kind}Next`)}</p>
      </Section>
      <p className="mb-4 print:hidden">{t("receipt.printHint")}</p>
      <p className="print:hidden">
        <a href={localizedPath(locale, "/")}>{t("receipt.toOverview")}</a>
      </p>
    </Receipt>
  );
}
