import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Receipt, ReceiptNotFound } from "@/components/receipt";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";
import { getSupportRequestReceipt } from "@/lib/support/queries";

type Search = { reference?: string | string[] };

/** The receipt the address asks for, looked up once for the title and the page. */
const receiptFor = cache(async (reference: string | string[] | undefined) => (typeof reference === "string" ? getSupportRequestReceipt({ reference }) : null));

/**
 * R1.8: the receipt for a special support request — only for one that was received: its
 * reference and when. Never what was sent. Any other reference is not found (404).
 */
const page = publicPage<object, Search>(
  async ({ locale, searchParams }) => {
    const receipt = await receiptFor(searchParams.reference);
    return pageMetadata(locale, (t) => (receipt ? t("supportRequest.receiptTitle") : t("receiptNotFound.title")));
  },
  async ({ locale, searchParams: { reference } }) => {
    const t = await getTranslations("supportRequest");
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
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
