import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { jobAds } from "./jobsearch";

/** Where an application stands. */
export const joblogStatus = pgEnum("joblog_status", ["planlagt", "sendt", "samtale", "afslag", "tilbud"]);
export type JoblogStatus = (typeof joblogStatus.enumValues)[number];

/** What kind of job search the entry records. */
export const joblogKind = pgEnum("joblog_kind", ["ansoegning", "uopfordret", "netvaerk", "andet"]);
export type JoblogKind = (typeof joblogKind.enumValues)[number];

/**
 * One entry of the citizen's joblog (R3.2). Every text was cleaned of `<` and `>` before it
 * was written (lib/joblog/text.ts). A deleted entry keeps its row with `deleted_at` until the
 * citizen's undo window has passed, so deleting can be undone.
 */
export const joblogEntries = pgTable(
  "joblog_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    employer: text("employer").notNull(),
    street: text("street").notNull().default(""),
    postcode: varchar("postcode", { length: 4 }),
    city: text("city").notNull().default(""),
    /** The day the citizen applied, or plans to. */
    appliedOn: date("applied_on", { mode: "string" }).notNull(),
    status: joblogStatus("status").notNull(),
    kind: joblogKind("kind").notNull(),
    note: text("note").notNull().default(""),
    /** The ad the entry was made from, if any; the entry outlives the ad. */
    jobAdId: integer("job_ad_id").references(() => jobAds.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("joblog_entries_by_citizen")
      .on(t.citizenId, t.appliedOn)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export type JoblogEntry = typeof joblogEntries.$inferSelect;

/** Every change of a joblog entry as a version: who (the citizen), when, what kind, and the entry after it. */
export const joblogEntryVersions = pgTable(
  "joblog_entry_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => joblogEntries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    change: varchar("change", { length: 16 }).$type<"created" | "edited" | "deleted" | "restored">().notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb("snapshot").$type<Record<string, string | null>>().notNull(),
  },
  (t) => [index("joblog_entry_versions_by_entry").on(t.entryId, t.version)],
);
