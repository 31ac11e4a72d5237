import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { staff, staffRoles, staffSessions, type StaffRole } from "@/db/schema";

/** The active staff member behind a MitID Erhverv identity, if any. */
export async function findStaffForLogin({ mitidUuid }: { mitidUuid: string }): Promise<{ staffId: string } | null> {
  const [row] = await db()
    .select({ staffId: staff.id })
    .from(staff)
    .where(and(eq(staff.mitidUuid, mitidUuid), eq(staff.active, true)));
  return row ?? null;
}

export interface ActiveStaffSession {
  sessionId: string;
  staffId: string;
  name: string;
  jobcenter: string | null;
  /** From the staff table, read on every request: never from the browser. */
  roles: StaffRole[];
}

/** The staff session behind a cookie, if it still counts: open, within 8 hours, and its staff member active. */
export async function findActiveStaffSession({ sessionId, now = new Date() }: { sessionId: string; now?: Date }): Promise<ActiveStaffSession | null> {
  const rows = await db()
    .select({
      sessionId: staffSessions.id,
      staffId: staff.id,
      name: staff.name,
      jobcenter: staff.jobcenter,
      role: staffRoles.role,
    })
    .from(staffSessions)
    .innerJoin(staff, and(eq(staff.id, staffSessions.staffId), eq(staff.active, true)))
    .leftJoin(staffRoles, eq(staffRoles.staffId, staff.id))
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.endedAt), gt(staffSessions.expiresAt, now)));
  if (rows.length === 0) return null;
  const { role: _role, ...session } = rows[0];
  return { ...session, roles: rows.flatMap((row) => (row.role ? [row.role] : [])) };
}
