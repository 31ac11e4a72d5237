import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { jobAds, region } from "./jobsearch";

/** How often a job agent's new matches are told: each morning, or Monday mornings. */
export const jobAgentFrequency = pgEnum("job_agent_frequency", ["daily", "weekly"]);
export type JobAgentFrequency = (typeof jobAgentFrequency.enumValues)[number];

/**
 * A citizen's job agent (R3.4): a saved search on one or more exact occupation titles
 * (job_agent_titles), optionally narrowed by words (Danish full text, as Find job) and a place
 * (a region, or a postcode, optionally with a distance around it: `distance_km`). The postcodes
 * within the distance (lib/jobsearch/distance.ts, from GeoNames' towns) are worked out when the
 * agent is saved and kept in `nearby_postcodes`, so matching compares an ad's postcode with a
 * list and stays one statement per batch. When the points change, the job
 * jobagent-distance-refresh works the list out again for agents saved with another version.
 * `matched_through_ad_id` is the matcher's watermark for this agent: every ad with an id up to
 * it has been compared with the agent (job_ads.id only grows). Activity (opening or changing
 * the agent in the portal, or a link in its e-mail) moves `last_activity_at`; an agent
 * without activity for two months is warned (`warned_at`) and then deleted (housekeeping).
 */
export const jobAgents = pgTable(
  "job_agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    /** Words every matching ad must hold (websearch syntax, as Find job's `q`); empty for none. */
    words: text("words").notNull().default(""),
    region: region("region"),
    postcode: varchar("postcode", { length: 4 }),
    /** How far around `postcode` an ad may be, in km (5, 10, 25, 50 or 100); null for the postcode alone. */
    distanceKm: smallint("distance_km"),
    /** The postcodes whose point is within `distance_km` of the postcode's, its own included; null without a distance. */
    nearbyPostcodes: text("nearby_postcodes").array(),
    /** The version of the postcodes' points `nearby_postcodes` was worked out with (lib/jobsearch/distance.ts); null without a distance or when saved before versions were kept. */
    nearbyVersion: text("nearby_version"),
    frequency: jobAgentFrequency("frequency").notNull(),
    /** Whether new matches are told by e-mail and/or SMS (per the citizen's notification settings). */
    notify: boolean("notify").notNull().default(true),
    matchedThroughAdId: integer("matched_through_ad_id").notNull().default(0),
    /** When the citizen last opened the agent's matches: later matches count as new. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The last period a digest was made for (`2026-12-01` for a day, `2026-W49` for a week). */
    lastDigestPeriod: text("last_digest_period"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    warnedAt: timestamp("warned_at", { withTimezone: true }),
  },
  (t) => [
    index("job_agents_citizen").on(t.citizenId),
    index("job_agents_activity").on(t.lastActivityAt),
    check("job_agents_distance_km", sql`${t.distanceKm} in (5, 10, 25, 50, 100)`),
    // A distance is measured from a postcode, and its postcodes are worked out with it.
    check("job_agents_distance_needs_postcode", sql`${t.distanceKm} is null or (${t.postcode} is not null and ${t.nearbyPostcodes} is not null)`),
  ],
);

export type JobAgent = typeof jobAgents.$inferSelect;
export type NewJobAgent = typeof jobAgents.$inferInsert;

/**
 * The exact occupation titles of an agent (title codes of lib/jobsearch/occupations.ts): an ad
 * matches on its own title code only, never on the title's group or area. Indexed by code so
 * the matcher goes from an ad's title to the agents that want it.
 */
export const jobAgentTitles = pgTable(
  "job_agent_titles",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => jobAgents.id, { onDelete: "cascade" }),
    occupationCode: varchar("occupation_code", { length: 7 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.occupationCode] }), index("job_agent_titles_code").on(t.occupationCode, t.agentId)],
);

export type JobAgentTitle = typeof jobAgentTitles.$inferSelect;

/**
 * An ad an agent found, once per agent and ad (the primary key), so a citizen is never told
 * twice about one ad. Why it matched is kept as it was then: the title code, and the words
 * and place (and distance) the agent asked for (null where it asked for none). `told_at`/`digest_period`
 * say which digest it went out in (null: not yet; a match found when the agent was made or
 * changed is counted as told, since the citizen saw it on the screen).
 */
export const jobAgentMatches = pgTable(
  "job_agent_matches",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => jobAgents.id, { onDelete: "cascade" }),
    jobAdId: integer("job_ad_id")
      .notNull()
      .references(() => jobAds.id, { onDelete: "cascade" }),
    titleCode: varchar("title_code", { length: 7 }).notNull(),
    words: text("words"),
    region: region("region"),
    postcode: varchar("postcode", { length: 4 }),
    /** The distance around `postcode` the agent asked for, in km; null for none. */
    distanceKm: smallint("distance_km"),
    matchedAt: timestamp("matched_at", { withTimezone: true }).notNull().defaultNow(),
    toldAt: timestamp("told_at", { withTimezone: true }),
    digestPeriod: text("digest_period"),
  },
  (t) => [
    primaryKey({ columns: [t.agentId, t.jobAdId] }),
    index("job_agent_matches_newest").on(t.agentId, t.matchedAt.desc(), t.jobAdId.desc()),
    index("job_agent_matches_ad").on(t.jobAdId),
  ],
);

export type JobAgentMatch = typeof jobAgentMatches.$inferSelect;
