import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { staff } from "./staff";

/** Bytes, as PostgreSQL's bytea: a Uint8Array on both databases (postgres.js gives a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The støttebehov codes a plan version may hold, as the database checks them. The same list
 * as lib/plans/stoettebehov.ts (db/ imports nothing from lib/; a test keeps the two equal).
 */
export const planStoettebehovCodes = ["mentor", "laese-skrive", "sps", "psykolog", "bolig-oekonomi", "misbrug", "helbred"] as const;

/** A jobplan (for an adult job seeker) or an uddannelsesplan (a young citizen's education plan, with steps 1–4). */
export const planKind = pgEnum("plan_kind", ["jobplan", "uddannelsesplan"]);
export type PlanKind = (typeof planKind.enumValues)[number];

/** A draft is the caseworker's only; a published version is what the citizen sees. */
export const planVersionStatus = pgEnum("plan_version_status", ["draft", "published"]);
export type PlanVersionStatus = (typeof planVersionStatus.enumValues)[number];

/** What a version changed: made the plan, edited the draft, published it, or removed its støttebehov. */
export const planChange = pgEnum("plan_change", ["oprettet", "aendret", "offentliggjort", "stoettebehov_slettet"]);
export type PlanChange = (typeof planChange.enumValues)[number];

/** A citizen's plan (R4.1, R4.3): what it is; its content is in its versions. */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    kind: planKind("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plans_by_citizen").on(t.citizenId)],
);

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;

/**
 * Every change of a plan is a new version (NAV's aktivitetsplan): who (the caseworker), when,
 * the kind of change and the plan after it. History is a chain: each version but the first is
 * made from the version before it (`made_from`), and a version is made from at most once, so
 * two caseworkers (or one double submit) acting on the same version make one new version.
 * The published version with the highest number is what the citizen sees.
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The version this one was made from; null for the first. */
    madeFrom: integer("made_from"),
    status: planVersionStatus("status").notNull(),
    /** The uddannelsesplan's step, 1–4; null for a jobplan. */
    step: integer("step"),
    goal: text("goal").notNull().default(""),
    indsats: text("indsats").notNull().default(""),
    offers: text("offers").notNull().default(""),
    stoettebehov: text("stoettebehov")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    change: planChange("change").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("plan_versions_number").on(t.planId, t.version),
    uniqueIndex("plan_versions_made_once").on(t.planId, t.madeFrom),
    check("plan_versions_version_positive", sql`${t.version} >= 1`),
    check("plan_versions_chain", sql`(${t.version} = 1 and ${t.madeFrom} is null) or ${t.madeFrom} = ${t.version} - 1`),
    check("plan_versions_step", sql`${t.step} is null or ${t.step} between 1 and 4`),
    check("plan_versions_stoettebehov_known", sql.raw(`"stoettebehov" <@ array[${planStoettebehovCodes.map((code) => `'${code}'`).join(", ")}]::text[]`)),
  ],
);

export type PlanVersion = typeof planVersions.$inferSelect;
export type NewPlanVersion = typeof planVersions.$inferInsert;

/** What kind of document a plan made; only uddannelsespålæg, which are no longer made (R4.3). */
export const planDocumentKind = pgEnum("plan_document_kind", ["uddannelsespaalaeg"]);
export type PlanDocumentKind = (typeof planDocumentKind.enumValues)[number];

/**
 * PDFs made for a citizen's plan before the release 2022-1 (R4.3): kept so the citizen can
 * open them under `Min historik`. Nothing makes new ones.
 */
export const planDocuments = pgTable(
  "plan_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "set null" }),
    kind: planDocumentKind("kind").notNull(),
    title: text("title").notNull(),
    madeAt: timestamp("made_at", { withTimezone: true }).notNull(),
    filename: text("filename").notNull(),
    pdf: bytea("pdf").notNull(),
  },
  (t) => [index("plan_documents_by_citizen").on(t.citizenId, t.madeAt), check("plan_documents_filename", sql`${t.filename} ~ '^[a-z0-9-]+\\.pdf$'`)],
);

export type PlanDocument = typeof planDocuments.$inferSelect;
export type NewPlanDocument = typeof planDocuments.$inferInsert;
