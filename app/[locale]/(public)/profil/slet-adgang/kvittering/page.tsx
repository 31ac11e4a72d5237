import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { cache } from "react";
import { Receipt, ReceiptNotFound } from "@/components/receipt";
import { deletionReceiptCookie, parseDeletionReceipt } from "@/lib/identity/deletion-receipt";
import { getAccessDeletionReceipt } from "@/lib/identity/queries";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/** The receipt this browser holds, looked up once for the title and the page. */
const receiptInThisBrowser = cache(async () => {
  const cookie = parseDeletionReceipt((await cookies()).get(deletionReceiptCookie().name)?.value);
  return cookie ? getAccessDeletionReceipt(cookie) : null;
});

/**
 * R1.6: the receipt for a deleted access, shown after the citizen has been logged out — only
 * in the browser that deleted it (its short-lived cookie), and only for a deletion the log
 * holds. Anything else is not found (404).
 */
const page = publicPage(
  async ({ locale }) => {
    const receipt = await receiptInThisBrowser();
    return pageMetadata(locale, (t) => (receipt ? t("deletionReceipt.title") : t("receiptNotFound.title")));
  },
  async ({ locale }) => {
    const receipt = await receiptInThisBrowser();
    if (!receipt) return <ReceiptNotFound locale={locale} />;
    const t = await getTranslations("deletionReceipt");
    return (
      <Receipt heading={t("title")} referenceLabel={t("reference")} receivedAtLabel={t("deletedAt")} receipt={receipt}>
        <p className="mb-6">{t("text")}</p>
        <p>
          <a href={localizedPath(locale, "/opret")}>{t("createLink")}</a>
        </p>
      </Receipt>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
