import { getFormatter } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { localizedPath } from "@/lib/i18n/routing";
import { RECEIPT_NOT_FOUND_SEGMENT } from "@/lib/receipts/not-found-path";
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
 * For a reference that is malformed, unknown, or not the viewer's: on to the not-found page
 * (404), which says the receipt was not found — rendered on the server, so also without
 * JavaScript (see lib/receipts/reference.ts for why this is not `notFound()`).
 */
export function receiptNotFound(locale: string, receiptPath: `/${string}/kvittering`): never {
  redirect(`${localizedPath(locale, receiptPath)}/${RECEIPT_NOT_FOUND_SEGMENT}`);
}
