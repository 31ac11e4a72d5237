import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { staff, supportRequests } from "@/db/schema";

/** The special support requests for support staff: open ones first, then the latest handled. */
export async function listSupportRequests({ limit = 50 }: { limit?: number } = {}) {
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
