import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { staff } from "./staff";

export const contactPersonRole = pgEnum("contact_person_role", ["caseworker", "mentor", "akasse"]);
export type ContactPersonRole = (typeof contactPersonRole.enumValues)[number];

/**
 * A person helping the citizen — their caseworker, a mentor, their a-kasse contact — as the
 * jobcenter registered them. Phone and e-mail are optional: a mentor may have neither.
 */
export const contactPersons = pgTable(
  "contact_persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    role: contactPersonRole("role").notNull(),
    name: text("name").notNull(),
    organisation: text("organisation"),
    /** E.164, e.g. +4512345678. */
    phone: text("phone"),
    email: text("email"),
    registeredBy: uuid("registered_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_persons_citizen_idx").on(t.citizenId)],
);

export type ContactPerson = typeof contactPersons.$inferSelect;
export type NewContactPerson = typeof contactPersons.$inferInsert;
