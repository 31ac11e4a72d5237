import { date, numeric, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";

/**
 * Dagpengetælleren's figures for a dagpengemodtager (R1.7), as the unemployment insurance
 * fund reported them on `reported_on`: hours of the dagpengeperiode used and left, the
 * period's expected end, and hours of work counted toward a new period (genoptjening).
 */
export const dagpengeFigures = pgTable("dagpenge_figures", {
  citizenId: uuid("citizen_id")
    .primaryKey()
    .references(() => citizens.id, { onDelete: "cascade" }),
  hoursUsed: numeric("hours_used", { precision: 7, scale: 2, mode: "number" }).notNull(),
  hoursLeft: numeric("hours_left", { precision: 7, scale: 2, mode: "number" }).notNull(),
  /** The day the period is expected to end, if the citizen keeps receiving dagpenge. */
  periodEnds: date("period_ends", { mode: "string" }).notNull(),
  hoursTowardNewPeriod: numeric("hours_toward_new_period", { precision: 7, scale: 2, mode: "number" }).notNull(),
  /** Hours of work it takes to earn a new period. */
  hoursForNewPeriod: numeric("hours_for_new_period", { precision: 7, scale: 2, mode: "number" }).notNull(),
  /** The day the figures are from: Dagpengetælleren's "opdateret". */
  reportedOn: date("reported_on", { mode: "string" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type DagpengeFigures = typeof dagpengeFigures.$inferSelect;
