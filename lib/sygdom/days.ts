// The days of a sick or well report (R4.2), typed as day, month and year and carried on as
// `yyyy-mm-dd`, in Danish time. Plain
// functions without a time-zone library, so the form's schema can use them in the browser.
import { dayProblem, readDateParts, type DateParts } from "@/lib/date-parts";
import { danishToday, isRealDay } from "@/lib/joblog/days";

export { danishToday, isRealDay };

/**
 * How many days back a citizen may report the first sick day, or the first well day. A
 * jobcenter wants to hear on the first sick day; a few days late is accepted (a citizen too
 * ill to log in), but a report weeks late is a matter for the caseworker, not the form.
 * Neither can be in the future: a citizen cannot know today that they will be sick, and
 * reports being well on the day they are.
 */
export const SYGDOM_DAYS_BACK = 7;

/** The day `days` days after `day` (before it, if negative). */
export function shiftDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, date + days);
  return shifted.toISOString().slice(0, 10);
}

/** The earliest day a report made on `today` may start from. */
export function earliestReportDay(today: string): string {
  return shiftDays(today, -SYGDOM_DAYS_BACK);
}

/** The days a report made on `today` may start from: up to SYGDOM_DAYS_BACK days back, and today at the latest. */
export function sygdomDayBounds(today: string): { earliest: string; latest: string } {
  return { earliest: earliestReportDay(today), latest: today };
}

/** Why a day cannot start a report, as a key under `sygdom.errors`. */
export type SygdomDayError = "dateMissing" | "dateIncomplete" | "dateInvalid" | "dateInFuture" | "dateTooEarly";

const SYGDOM_DAY_ERRORS = {
  missing: "dateMissing",
  incomplete: "dateIncomplete",
  invalid: "dateInvalid",
  tooEarly: "dateTooEarly",
  tooLate: "dateInFuture",
} as const;

/** Reads the day form's three fields (lib/date-parts.ts) as the report's first day on `today`, or why not and at which field. */
export function readSygdomDay(parts: DateParts, today: string): { fromDay: string } | { error: SygdomDayError; field: keyof DateParts } {
  const read = readDateParts(parts, sygdomDayBounds(today));
  return "problem" in read ? { error: SYGDOM_DAY_ERRORS[read.problem], field: read.field } : { fromDay: read.day };
}

/** Why a day (`yyyy-mm-dd`, as the confirmation page carries it) cannot start a report made on `today`, or null. */
export function sygdomDayError(day: string, today: string): SygdomDayError | null {
  const problem = dayProblem(day, sygdomDayBounds(today));
  return problem ? SYGDOM_DAY_ERRORS[problem] : null;
}
