import { boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import type { EmploymentKind, Region, WorkingHours } from "./jobsearch";

/** A job the citizen has had, as the CV lists it. */
export type CvExperience = { id: string; title: string; employer: string; from: string; to: string; description: string };
/** An education, as the CV lists it. */
export type CvEducation = { id: string; title: string; institution: string; completed: string };
/** A language and how well the citizen speaks it. */
export type CvLanguage = { id: string; language: string; level: "modersmaal" | "flydende" | "godt" | "grundlaeggende" };

/**
 * The citizen's CV (R3.3), one per citizen. `Ansættelsesbetingelser` are the three
 * `conditions_*` columns: filled when all three are set. A searchable CV is shown to
 * employers searching CVs; the rules for turning it on are in lib/cv/searchable.ts.
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
  phone: text("phone").notNull().default(""),
  searchable: boolean("searchable").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Cv = typeof cvs.$inferSelect;
