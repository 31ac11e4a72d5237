import { sql } from "drizzle-orm";
import { boolean, check, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { actorKind } from "./actors";

/** The citizen's kontaktgruppe at the jobcenter; it decides which tools and rules apply. */
export const contactGroup = pgEnum("contact_group", [
  "dagpengemodtager",
  "kontanthjaelpsmodtager",
  "uddannelseshjaelpsmodtager",
  "sygedagpengemodtager",
  "fleksjobvisiteret",
  "fleksjobansat",
  "ressourceforloeb",
  "oevrige",
]);

export type ContactGroup = (typeof contactGroup.enumValues)[number];

/** A person known by CPR number. Having a row here does not give access to Jobnet; a profile does. */
export const citizens = pgTable("citizens", {
  id: uuid("id").primaryKey().defaultRandom(),
  cpr: varchar("cpr", { length: 10 }).notNull().unique(),
  name: text("name").notNull(),
  contactGroup: contactGroup("contact_group").notNull().default("oevrige"),
  /**
   * The jobcenter the citizen belongs to (their municipality's), by name as staff and the
   * PersonAdminService name it; null until a jobcenter registers them. A caseworker reaches
   * only the citizens of their own jobcenter (lib/identity/scope.ts).
   */
  jobcenter: text("jobcenter"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Citizen = typeof citizens.$inferSelect;
export type NewCitizen = typeof citizens.$inferInsert;

/** How a Jobnet profile came to be: by the citizen with MitID, or by a jobcenter on their behalf. */
export const profileOrigin = pgEnum("profile_origin", ["mitid", "jobcenter"]);

/**
 * Access to Jobnet. A deleted profile keeps its row (with `deleted_at`) so that the citizen
 * can create a new one; at most one profile per citizen is active at a time.
 */
export const jobnetProfiles = pgTable(
  "jobnet_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id),
    createdVia: profileOrigin("created_via").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    termsAcceptedAt: timestamp("terms_accepted_at", { withTimezone: true }),
    lastMitidLoginAt: timestamp("last_mitid_login_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jobnet_profiles_one_active_per_citizen")
      .on(t.citizenId)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export type JobnetProfile = typeof jobnetProfiles.$inferSelect;
export type NewJobnetProfile = typeof jobnetProfiles.$inferInsert;

/**
 * Username and password issued by a jobcenter. `flagged` is the brugerkode flag: the
 * jobcenter's judgement that the citizen may log in with brugerkoder. It is the only thing
 * that allows a brugerkode login; a row without it is kept for history but cannot log in.
 * A flagged row may have no password yet (support issues one later).
 */
export const brugerkoder = pgTable(
  "brugerkoder",
  {
    citizenId: uuid("citizen_id")
      .primaryKey()
      .references(() => citizens.id),
    username: varchar("username", { length: 64 }).notNull().unique(),
    passwordHash: text("password_hash"),
    /** Set with a one-time password: the citizen must choose their own before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** A one-time password stops working after this time (7 days after it was issued). */
    passwordExpiresAt: timestamp("password_expires_at", { withTimezone: true }),
    flagged: boolean("flagged").notNull().default(false),
    flagChangedByKind: actorKind("flag_changed_by_kind"),
    flagChangedById: text("flag_changed_by_id"),
    flagChangedAt: timestamp("flag_changed_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Usernames are compared in lower case; storing them so keeps the unique index honest.
  (t) => [check("brugerkoder_username_lowercase", sql`${t.username} = lower(${t.username})`)],
);

export type Brugerkode = typeof brugerkoder.$inferSelect;
export type NewBrugerkode = typeof brugerkoder.$inferInsert;
