import { sql } from "drizzle-orm";
import { boolean, check, date, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";

/** Where a registration is: being filled in (`draft`, saved step by step) or sent to the jobcenter (`sent`). */
export type TilmeldingStatus = "draft" | "sent";

/**
 * `Tilmelding` (R1.7): the citizen's registration as unemployed, one per citizen. A draft while
 * `status` is `draft`, saved one step at a time (first day of unemployment, a-kasse, contact
 * details); on `Send` it is marked `sent` with `sent_at` and the receipt's reference, and can
 * then be read, never changed. The checks keep a sent registration complete, whatever code
 * writes it.
 */
export const tilmeldinger = pgTable(
  "tilmeldinger",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .unique()
      .references(() => citizens.id, { onDelete: "cascade" }),
    status: text("status").$type<TilmeldingStatus>().notNull().default("draft"),
    /** The first day of unemployment, a calendar date in Denmark. */
    firstDay: date("first_day", { mode: "string" }),
    /** Whether the citizen is a member of an a-kasse; null until the step is answered. */
    akasseMember: boolean("akasse_member"),
    /** Which a-kasse (a code from lib/tilmelding/akasser.ts), only for a member. */
    akasse: text("akasse"),
    /** E.164 (`+4522334455`), or null. */
    phone: text("phone"),
    email: text("email"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The receipt's reference, given on `Send`. */
    reference: varchar("reference", { length: 12 }).unique(),
  },
  (t) => [
    check("tilmeldinger_status", sql`${t.status} in ('draft', 'sent')`),
    check("tilmeldinger_sent_has_receipt", sql`(${t.status} = 'sent') = (${t.sentAt} is not null) and (${t.sentAt} is null) = (${t.reference} is null)`),
    check("tilmeldinger_akasse_only_for_members", sql`${t.akasse} is null or ${t.akasseMember} is true`),
    check(
      "tilmeldinger_sent_is_complete",
      sql`${t.status} = 'draft' or (${t.firstDay} is not null and ${t.akasseMember} is not null and (${t.akasseMember} is false or ${t.akasse} is not null) and (${t.phone} is not null or ${t.email} is not null))`,
    ),
  ],
);

export type Tilmelding = typeof tilmeldinger.$inferSelect;
export type NewTilmelding = typeof tilmeldinger.$inferInsert;
