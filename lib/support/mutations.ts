import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { supportRequests } from "@/db/schema";
import { assertStaffRole } from "@/lib/identity/scope";
import { newReceiptReference } from "@/lib/receipts/reference";

/** Stores a special support request and returns its reference for the citizen's receipt. */
export async function createSupportRequest({
  name,
  cpr,
  phone,
  situation,
  now = new Date(),
}: {
  name: string;
  cpr: string;
  phone: string;
  situation: string;
  now?: Date;
}): Promise<{ reference: string; createdAt: Date }> {
  const [row] = await db()
    .insert(supportRequests)
    .values({ reference: newReceiptReference("supportRequest"), name, cpr, phone, situation, createdAt: now })
    .returning({ reference: supportRequests.reference, createdAt: supportRequests.createdAt });
  return row;
}

/**
 * Marks a special support request handled by a support staff member (checked: ForbiddenError
 * for anyone without the support role). Returns false when it already was.
 */
export async function markSupportRequestHandled({
  requestId,
  staffId,
  now = new Date(),
}: {
  requestId: string;
  staffId: string;
  now?: Date;
}): Promise<boolean> {
  return db().transaction(async (tx) => {
    await assertStaffRole(tx, { staffId, role: "support", action: "mark_support_request_handled" });
    const updated = await tx
      .update(supportRequests)
      .set({ handledAt: now, handledBy: staffId })
      .where(and(eq(supportRequests.id, requestId), isNull(supportRequests.handledAt)))
      .returning({ id: supportRequests.id });
    return updated.length === 1;
  });
}
