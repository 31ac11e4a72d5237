import { boolean, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const staffRole = pgEnum("staff_role", ["support", "caseworker", "editor"]);

/**
 * A Jobnet employee or jobcenter caseworker. Staff sign in with MitID Erhverv, which
 * identifies them by a persistent professional UUID, never by CPR.
 */
export const staff = pgTable("staff", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  mitidUuid: uuid("mitid_uuid").notNull().unique(),
  jobcenter: text("jobcenter"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Staff = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

/** Roles come from this table only; a person may hold several. */
export const staffRoles = pgTable(
  "staff_roles",
  {
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.role] })],
);

export type StaffRole = (typeof staffRole.enumValues)[number];
