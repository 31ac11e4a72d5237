import { z } from "zod";
import { servedOverHttps } from "@/lib/config";
import { text } from "@/lib/validation";

/** Where a deletion's receipt reference is kept in its audit entry's details, for the receipt and for support. */
export const DELETION_RECEIPT_DETAIL = "receiptReference";

/**
 * The receipt for a deleted access outlives the session it ended (and the MitID broker's
 * logout in between) in a short-lived cookie. It holds only which citizen's deletion and its
 * receipt reference; the receipt page looks both up, and shows nothing the log does not hold.
 */
export function deletionReceiptCookie() {
  const secure = servedOverHttps();
  return {
    name: `${secure ? "__Host-" : ""}jobnet.deletion-receipt`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: 30 * 60 },
  };
}

const receiptSchema = z.object({ citizenId: z.uuid(), reference: text().max(20) });

export type DeletionReceiptCookie = z.infer<typeof receiptSchema>;

export function deletionReceiptCookieValue(receipt: DeletionReceiptCookie): string {
  return JSON.stringify(receipt);
}

export function parseDeletionReceipt(value: string | undefined): DeletionReceiptCookie | null {
  if (!value) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
