import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { actorKind } from "./actors";
import { citizens } from "./identity";

/**
 * Append-only record of every change to a citizen's access. A database trigger (see the
 * migrations) refuses UPDATE and DELETE, so not even a bug in the app can rewrite history.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorKind: actorKind("actor_kind").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    subjectCitizenId: uuid("subject_citizen_id").references(() => citizens.id),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_subject_idx").on(t.subjectCitizenId, t.occurredAt)],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
