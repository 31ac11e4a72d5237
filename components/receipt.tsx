import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { setResponseStatus } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";
import type { ReceiptFacts } from "@/lib/receipts/reference";
import { SuccessNotice } from "./notice";

/**
 * A receipt (kvittering), from the facts its domain looked up (lib/receipts/reference.ts):
 * the reference, announced, and when the request was received. Never what was written.
 */
export async function Receipt({
  heading,
  referenceLabel,
  receivedAtLabel,
  receipt,
  children,
}: {
  heading: string;
  referenceLabel: string;
  receivedAtLabel: string;
  receipt: ReceiptFacts;
  children?: ReactNode;
}) {
  const format = await getFormatter();
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{heading}</h1>
      <SuccessNotice>
        {referenceLabel}: {receipt.reference}
      </SuccessNotice>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{receivedAtLabel}</dt>
        <dd>{format.dateTime(receipt.receivedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
      </dl>
      {children}
    </div>
  );
}

/**
 * In place of a receipt, for a reference that is malformed, unknown, or not the viewer's: the
 * page says the receipt was not found and answers 404 (through the portal's server, see
 * lib/http/request-context.ts), rendered on the server so it reads without JavaScript too.
 * The page's title comes from `receiptTitle`.
 */
export async function ReceiptNotFound({ locale }: { locale: string }) {
  setResponseStatus(404);
  const t = await getTranslations("receiptNotFound");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </div>
  );
}
