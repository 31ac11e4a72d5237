import { z } from "zod";
import { servedOverHttps } from "@/lib/config";

/**
 * The receipt for a deleted access outlives the session it ended (and the MitID broker's
 * logout in between) in a short-lived cookie. It holds only the receipt number and time.
 */
export function deletionReceiptCookie() {
  const secure = servedOverHttps();
  return {
    name: `${secure ? "__Host-" : ""}jobnet.deletion-receipt`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: 30 * 60 },
  };
}

const receiptSchema = z.object({ reference: z.number().int().positive(), deletedAt: z.iso.datetime() });

export function parseDeletionReceipt(value: string | undefined): z.infer<typeof receiptSchema> | null {
  if (!value) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
