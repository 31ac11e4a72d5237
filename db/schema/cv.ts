import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import type { EmploymentKind, Region, WorkingHours } from "./jobsearch";

/** A job the citizen has had, as the CV lists it. `from` and `to` are months (`2019-03`); an empty `to` is a job they still have. */
export type CvExperience = { id: string; title: string; employer: string; from: string; to: string; description: string };
/** An education, as the CV lists it. `completed` is a year (`2016`). */
export type CvEducation = { id: string; title: string; institution: string; completed: string };
/** A language and how well the citizen speaks it. */
export type CvLanguage = { id: string; language: string; level: "modersmaal" | "flydende" | "godt" | "grundlaeggende" };

/**
 * The citizen's CV (R3.3), one per citizen. `Ansættelsesbetingelser` are the three
 * `conditions_*` columns: filled when all three are set. `searchable` is the citizen's own
 * choice (`Gør mit CV søgbart`); the CV counts as searchable — shown to employers — only while
 * that choice is on *and* the rule in lib/cv/searchable.ts holds for the citizen's contact
 * group now, so anything that shows CVs to employers asks that rule, never this column alone.
 * Every change is also kept as a version in `cv_versions`.
 */
export const cvs = pgTable("cvs", {
  citizenId: uuid("citizen_id")
    .primaryKey()
    .references(() => citizens.id, { onDelete: "cascade" }),
  /** `Jeg søger job som`: occupation title codes, in the citizen's order. */
  wantedTitles: text("wanted_titles").array().notNull().default([]),
  experience: jsonb("experience").$type<CvExperience[]>().notNull().default([]),
  education: jsonb("education").$type<CvEducation[]>().notNull().default([]),
  languages: jsonb("languages").$type<CvLanguage[]>().notNull().default([]),
  /** Driving licence categories (B, C, CE, D, …). */
  drivingLicences: text("driving_licences").array().notNull().default([]),
  conditionsHours: text("conditions_hours").$type<WorkingHours | "begge">(),
  conditionsEmployment: text("conditions_employment").$type<EmploymentKind | "begge">(),
  conditionsRegions: text("conditions_regions").array().$type<Region[]>(),
  email: text("email").notNull().default(""),
  /** E.164 (`+4522334455`), or empty. */
  phone: text("phone").notNull().default(""),
  searchable: boolean("searchable").notNull().default(false),
  /** The number of the latest change, kept in `cv_versions`; 0 while the CV has not been changed in Jobnet (e.g. brought over). */
  version: integer("version").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Cv = typeof cvs.$inferSelect;

/** What a change to the CV did, as its version records it. */
export type CvChange =
  | "wanted_title_added"
  | "wanted_title_removed"
  | "experience_added"
  | "experience_removed"
  | "education_added"
  | "education_removed"
  | "language_added"
  | "language_removed"
  | "driving_licences_saved"
  | "conditions_saved"
  | "contact_details_saved"
  | "searchable_on"
  | "searchable_off";

/** The CV's content as a version keeps it: everything but the citizen, the counter and the time. */
export type CvSnapshot = Omit<Cv, "citizenId" | "version" | "updatedAt">;

/**
 * Every change of a CV as a version (CONVENTIONS: every change is a version): which change,
 * when, and the whole CV after it, so the citizen and their caseworker see the same history.
 * Only the citizen changes their CV; a version is written in the change's own transaction.
 */
export const cvVersions = pgTable(
  "cv_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => cvs.citizenId, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    change: varchar("change", { length: 32 }).$type<CvChange>().notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb("snapshot").$type<CvSnapshot>().notNull(),
  },
  (t) => [uniqueIndex("cv_versions_by_citizen").on(t.citizenId, t.version)],
);

export type CvVersion = typeof cvVersions.$inferSelect;
