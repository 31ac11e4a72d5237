import { pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { staff } from "./staff";

/**
 * The special support request (R1.8): from a citizen who must register as unemployed,
 * cannot create a profile, and finds jobcenter and support closed. Support handles it.
 */
export const supportRequests = pgTable("support_requests", {
  id: uuid("id").primaryKey().defaultRandom(),
  reference: varchar("reference", { length: 12 }).notNull().unique(),
  name: text("name").notNull(),
  cpr: varchar("cpr", { length: 10 }).notNull(),
  phone: varchar("phone", { length: 20 }).notNull(),
  situation: text("situation").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  handledAt: timestamp("handled_at", { withTimezone: true }),
  handledBy: uuid("handled_by").references(() => staff.id),
});

export type SupportRequest = typeof supportRequests.$inferSelect;
export type NewSupportRequest = typeof supportRequests.$inferInsert;
