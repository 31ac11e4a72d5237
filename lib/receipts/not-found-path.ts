// Where a receipt page sends a reference it cannot show (lib/receipts/reference.ts says why),
// kept apart from the reference generator so the browser's not-found text can use it.

/** The last segment of the address a receipt page sends an unknown reference to; no page answers it. */
export const RECEIPT_NOT_FOUND_SEGMENT = "ikke-fundet";

/** Whether an address is where a receipt page sent an unknown reference (the not-found page then names the receipt). */
export function isReceiptNotFoundPath(pathname: string): boolean {
  return pathname.endsWith(`/kvittering/${RECEIPT_NOT_FOUND_SEGMENT}`);
}
