import { getISOWeek, getISOWeekYear } from "date-fns";
import { danishDay } from "@/lib/content/danish-time";
import type { JobAgentFrequency } from "@/db/schema";

/**
 * The period a digest covers, as its name in the dedupe key and on the matches: the Danish
 * day (`2026-12-01`) for a daily agent, the ISO week of the Danish day (`2026-W49`) for a
 * weekly one. One digest per agent and period.
 */
export function digestPeriod(frequency: JobAgentFrequency, now: Date): string {
  const day = danishDay(now);
  if (frequency === "daily") return day;
  const noon = new Date(`${day}T12:00:00Z`);
  return `${getISOWeekYear(noon)}-W${String(getISOWeek(noon)).padStart(2, "0")}`;
}

/** Whether a digest of `frequency` is due on the Danish day of `now`: daily agents every day, weekly ones on Mondays. */
export function isDigestDay(frequency: JobAgentFrequency, now: Date): boolean {
  if (frequency === "daily") return true;
  return new Date(`${danishDay(now)}T12:00:00Z`).getUTCDay() === 1;
}

/** An agent not used since its warning is deleted this many days after the warning. */
export const DELETE_DAYS_AFTER_WARNING = 14;

/**
 * The first moment housekeeping may delete an agent warned at `warnedAt`: DELETE_DAYS_AFTER_WARNING
 * days later. The warning names this day as the one from which the agent is deleted, so what it
 * says and what housekeeping does agree.
 */
export function jobAgentDeletableFrom(warnedAt: Date): Date {
  return new Date(warnedAt.getTime() + DELETE_DAYS_AFTER_WARNING * 24 * 60 * 60 * 1000);
}
