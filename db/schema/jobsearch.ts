import { type SQL, sql } from "drizzle-orm";
import { customType, date, index, integer, pgEnum, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";

/** PostgreSQL's full-text document type; written only by the database (a generated column). */
const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/** Denmark's five regions, by the slugs used in addresses and stored on ads and postcodes. */
export const region = pgEnum("region", ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"]);
export type Region = (typeof region.enumValues)[number];

/** Full time or part time, as a job ad states it. */
export const workingHours = pgEnum("working_hours", ["fuldtid", "deltid"]);
export type WorkingHours = (typeof workingHours.enumValues)[number];

/** Permanent or temporary employment. */
export const employmentKind = pgEnum("employment_kind", ["fast", "tidsbegraenset"]);
export type EmploymentKind = (typeof employmentKind.enumValues)[number];

/**
 * The words of an ad that Find job searches, stemmed as Danish (so `sygeplejersker` finds
 * `sygeplejerske`): the title weighs most, then the employer, then the description.
 */
const searchDocument = (): SQL =>
  sql`setweight(to_tsvector('danish', coalesce(title, '')), 'A') || setweight(to_tsvector('danish', coalesce(employer, '')), 'B') || setweight(to_tsvector('danish', coalesce(description, '')), 'C')`;

/**
 * A job ad (Find job, R3.2's joblog entries made from an ad, R3.4's job agents). Ads are
 * public; one past its `deadline` (a Danish date, the last day to apply) is not shown.
 * `occupation_code` is a title code of the taxonomy (lib/jobsearch/occupations.ts).
 */
export const jobAds = pgTable(
  "job_ads",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    occupationCode: varchar("occupation_code", { length: 7 }).notNull(),
    title: text("title").notNull(),
    employer: text("employer").notNull(),
    description: text("description").notNull(),
    street: text("street").notNull(),
    postcode: varchar("postcode", { length: 4 }).notNull(),
    city: text("city").notNull(),
    region: region("region").notNull(),
    workingHours: workingHours("working_hours").notNull(),
    employmentKind: employmentKind("employment_kind").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    /** The last day to apply, in Danish time. */
    deadline: date("deadline", { mode: "string" }).notNull(),
    /** How to apply, as the employer wrote it. */
    howToApply: text("how_to_apply").notNull(),
    /** Where to apply online, when the employer gave an address. */
    applyUrl: text("apply_url"),
    searchVector: tsvector("search_vector").notNull().generatedAlwaysAs(searchDocument),
  },
  (t) => [
    // Words: the GIN index answers the full-text match; every other filter narrows by a b-tree.
    index("job_ads_search_vector").using("gin", t.searchVector),
    // Every search keeps only ads whose deadline has not passed and sorts by publication or deadline.
    index("job_ads_open_by_published").on(t.deadline, t.publishedAt),
    index("job_ads_published").on(t.publishedAt.desc(), t.id.desc()),
    index("job_ads_occupation").on(t.occupationCode, t.deadline),
    // Job agents (R3.4): the ads of one title published after an agent's watermark (lib/jobagents/mutations.ts).
    index("job_ads_occupation_id").on(t.occupationCode, t.id),
    index("job_ads_postcode").on(t.postcode),
    index("job_ads_region").on(t.region, t.deadline),
  ],
);

export type JobAd = typeof jobAds.$inferSelect;
export type NewJobAd = typeof jobAds.$inferInsert;
