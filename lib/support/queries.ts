import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { staff, supportRequests } from "@/db/schema";
import { assertStaffRole } from "@/lib/identity/scope";
import { isReceiptReference, type ReceiptFacts } from "@/lib/receipts/reference";

/**
 * The special support requests, for a support staff member (`viewer`, checked: ForbiddenError
 * for anyone without the support role): open ones first, then the latest handled.
 */
export async function listSupportRequests({ viewer, limit = 50 }: { viewer: { staffId: string }; limit?: number }) {
  await assertStaffRole(db(), { staffId: viewer.staffId, role: "support", action: "list_support_requests" });
  const rows = await db()
    .select({
      id: supportRequests.id,
      reference: supportRequests.reference,
      name: supportRequests.name,
      phone: supportRequests.phone,
      situation: supportRequests.situation,
      createdAt: supportRequests.createdAt,
      handledAt: supportRequests.handledAt,
      handledByName: staff.name,
    })
    .from(supportRequests)
    .leftJoin(staff, eq(staff.id, supportRequests.handledBy))
    .orderBy(desc(supportRequests.createdAt))
    .limit(limit);
  return [...rows.filter((row) => !row.handledAt), ...rows.filter((row) => row.handledAt)];
}

/**
 * The receipt for a special support request (R1.8): its reference and when it was received,
 * never what was written. Null for a reference that is malformed (not looked up) or unknown.
 */
export async function getSupportRequestReceipt({ reference }: { reference: string }): Promise<ReceiptFacts | null> {
  if (!isReceiptReference("supportRequest", reference)) return null;
  const [row] = await db()
    .select({ reference: supportRequests.reference, receivedAt: supportRequests.createdAt })
    .from(supportRequests)
    .where(eq(supportRequests.reference, reference));
  return row ?? null;
}
