import { sql } from "drizzle-orm";
import { bigint, check, date, index, pgEnum, pgTable, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";

/** What a citizen reported with `Meld syg/rask` (R4.2): that they are sick, or well again. */
export const sygdomKind = pgEnum("sygdom_kind", ["syg", "rask"]);
export type SygdomKind = (typeof sygdomKind.enumValues)[number];

/**
 * One sick or well report (R4.2), written only when the citizen pressed `Bekræft`. The latest
 * report says whether the citizen is registered sick now (lib/sygdom/state.ts). Reports are
 * never changed or deleted: a well report ends a sickness, it does not edit it.
 *
 * `submission_key` is made when the confirmation page is shown and sent back with `Bekræft`,
 * so pressing it twice, or sending the same page again after Back, makes one report: the
 * second finds the first by its key.
 */
export const sygdomReports = pgTable(
  "sygdom_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    kind: sygdomKind("kind").notNull(),
    /** The first sick day (syg) or the first well day (rask), in Danish time, `yyyy-mm-dd`. */
    fromDay: date("from_day", { mode: "string" }).notNull(),
    submissionKey: uuid("submission_key").notNull(),
    /** The receipt's reference (lib/receipts/reference.ts). */
    reference: varchar("reference", { length: 12 }).notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The order the reports were made in, which decides the latest one. Not `created_at`: a
     * report's time is taken before its transaction waits for the citizen's lock, so two
     * reports made at once could be timed in the other order.
     */
    sequence: bigint("sequence", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    uniqueIndex("sygdom_reports_submission").on(t.citizenId, t.submissionKey),
    index("sygdom_reports_by_citizen").on(t.citizenId, t.sequence),
    check("sygdom_reports_reference_format", sql`${t.reference} ~ '^(SY|RA)-[2-9A-HJ-NP-Z]{8}$'`),
  ],
);

export type SygdomReport = typeof sygdomReports.$inferSelect;
export type NewSygdomReport = typeof sygdomReports.$inferInsert;
