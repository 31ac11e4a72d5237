import "server-only";
import type { Executor } from "@/db/client";
import { auditLog, type ActorKind, type NewAuditLogEntry } from "@/db/schema";

/** What the audit log calls each change to a citizen's access, and each time staff read what a citizen sent in confidence. */
export type AuditAction =
  | "brugerkode_flag.set"
  | "brugerkode_flag.removed"
  | "brugerkode.created"
  | "brugerkode.password_reset"
  | "brugerkode.password_changed"
  | "citizen.registered"
  | "profile.created"
  | "profile.deleted"
  | "contact_person.added"
  | "contact_person.removed"
  | "forberedelsesskema.read"
  | "beskeder.read"
  | "joblog.read"
  | "plans.read"
  | "sygdom.read"
  | "tilmelding.read";

/** Who made a change: a citizen, a staff member, a jobcenter system, the conversion, the portal. */
export interface Actor {
  kind: ActorKind;
  id: string | null;
}

/**
 * Records a change to a citizen's access in the append-only audit log. Takes the caller's
 * transaction, so the change and its record are written together or not at all. Returns
 * the entry's number.
 */
export async function recordAuditEntry(executor: Executor, entry: Omit<NewAuditLogEntry, "id" | "action"> & { action: AuditAction }): Promise<number> {
  const [row] = await executor.insert(auditLog).values(entry).returning({ id: auditLog.id });
  return row.id;
}
