import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";

/**
 * The preparation questionnaire (R3.1), one per citizen: a draft while `submitted_at` is null,
 * saved as the citizen answers; submitted, it can be read and never changed. It holds the
 * citizen's answers and nothing computed from them: no risk score or statistical assessment
 * exists anywhere (the release closed the statistical part). An unfinished draft is deleted
 * 6 months after it was started, 10 years for a citizen in ressourceforløb (`purgeExpiredDrafts` in lib/forberedelsesskema/mutations.ts).
 */
export const forberedelsesskemaer = pgTable(
  "forberedelsesskemaer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .unique()
      .references(() => citizens.id, { onDelete: "cascade" }),
    /** Question id → the id of the option chosen (lib/forberedelsesskema/questions.ts). */
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The receipt's reference, given on submit. */
    reference: varchar("reference", { length: 12 }).unique(),
  },
  (t) => [
    // The purge reads unfinished drafts by age.
    index("forberedelsesskemaer_drafts_by_start")
      .on(t.startedAt)
      .where(sql`${t.submittedAt} is null`),
    check("forberedelsesskemaer_receipt_when_submitted", sql`(${t.submittedAt} is null) = (${t.reference} is null)`),
  ],
);

export type Forberedelsesskema = typeof forberedelsesskemaer.$inferSelect;
