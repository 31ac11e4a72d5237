"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { isReceiptNotFoundPath } from "@/lib/receipts/not-found-path";

/**
 * The not-found page's title and text. An address a receipt page sent an unknown reference
 * to says that the receipt was not found; any other says the page was not found.
 */
export function NotFoundText() {
  const receipt = isReceiptNotFoundPath(usePathname() ?? "");
  const t = useTranslations(receipt ? "receiptNotFound" : "notFound");
  const metadata = useTranslations("metadata");
  return (
    <>
      <title>{metadata("title", { page: t("title") })}</title>
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("text")}</p>
    </>
  );
}
