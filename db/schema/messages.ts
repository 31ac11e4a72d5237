import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { staff } from "./staff";

/** The kinds of message `Min beskedbakke` holds (R4.1): each has its own letter text, in Danish and English. */
export const beskedKinds = ["stoettebehov-registreret", "stoettebehov-annulleret"] as const;
export type BeskedKind = (typeof beskedKinds)[number];

/**
 * The frozen facts of a letter, written once when the message is sent: the texts are rendered
 * from them in the language of the page the citizen reads it on, so the letter never changes
 * after it was sent (a later plan version does not rewrite it). Støttebehov are codes
 * (lib/plans/stoettebehov.ts), never free text.
 */
export interface BeskedParams {
  planId: string;
  planVersion: number;
  planTitle?: string;
  jobcenter: string;
  stoettebehov: readonly string[];
}

/**
 * A message in the citizen's `Min beskedbakke` (R4.1), with a letter as a PDF. `dedupe_key`
 * (unique) names what caused it (e.g. a plan version), so a retried or doubled change sends
 * one message. `read_at` is set when the citizen first opens it. `created_by` is the staff
 * member whose change sent it, if any.
 */
export const beskeder = pgTable(
  "beskeder",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    kind: text("kind").$type<BeskedKind>().notNull(),
    params: jsonb("params").$type<BeskedParams>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    dedupeKey: text("dedupe_key").notNull(),
    createdBy: uuid("created_by").references(() => staff.id, { onDelete: "set null" }),
  },
  (t) => [
    check("beskeder_kind", sql`${t.kind} in ('stoettebehov-registreret', 'stoettebehov-annulleret')`),
    uniqueIndex("beskeder_dedupe_key").on(t.dedupeKey),
    index("beskeder_by_citizen").on(t.citizenId, t.createdAt),
  ],
);

export type Besked = typeof beskeder.$inferSelect;
export type NewBesked = typeof beskeder.$inferInsert;
