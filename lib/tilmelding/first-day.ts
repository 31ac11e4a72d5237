// The first day of unemployment, as the citizen types it on `Tilmelding`'s first step (R1.7):
// day, month and year in three fields (GOV.UK's date input). Plain functions without a
// time-zone library, so the form's schema checks the same rules in the browser.
import { readDateParts, toDateParts, type DateParts } from "@/lib/date-parts";
import { danishToday } from "@/lib/joblog/days";

export { danishToday, toDateParts, type DateParts };

/**
 * How far back the first day may be: a citizen must register on their first day of
 * unemployment at the latest to keep their right to dagpenge, so a jobcenter takes a late
 * registration for a short while only; before that, the citizen must call the jobcenter.
 */
export const FIRST_DAY_DAYS_BACK = 14;
/** How far ahead the first day may be: a citizen under notice may register in advance, up to 3 calendar months. */
export const FIRST_DAY_MONTHS_AHEAD = 3;

const DAY_MS = 86_400_000;
const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** `day` moved `days` days (negative: back). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const moved = new Date(0);
  moved.setUTCFullYear(year, month - 1, date);
  return new Date(moved.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved `months` calendar months ahead; the 31st becomes the month's last day where it has none. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const [newYear, newMonth] = [Math.floor(index / 12), (index % 12) + 1];
  // Date.UTC reads the years 0–99 as 1900–1999; a first day of unemployment is never then.
  const lastOfMonth = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(Math.min(date, lastOfMonth))}`;
}

/** The earliest and latest first day a citizen may give on `today` (Danish calendar days, `yyyy-mm-dd`). */
export function firstDayBounds(today: string): { earliest: string; latest: string } {
  return { earliest: addDays(today, -FIRST_DAY_DAYS_BACK), latest: addMonths(today, FIRST_DAY_MONTHS_AHEAD) };
}

/** Whether a saved first day still lies within the bounds on `today`: a draft can wait, the bounds move on. */
export function isFirstDayWithinBounds(firstDay: string, today: string): boolean {
  const { earliest, latest } = firstDayBounds(today);
  return firstDay >= earliest && firstDay <= latest;
}

/** Why a date was refused, and which of the three fields the error summary links to. */
export type FirstDayProblem =
  | { error: "firstDayMissing"; field: "day" }
  | { error: "firstDayIncomplete"; field: keyof DateParts }
  | { error: "firstDayInvalid"; field: "day" }
  | { error: "firstDayTooEarly"; field: "day" }
  | { error: "firstDayTooLate"; field: "day" };

const FIRST_DAY_ERRORS = {
  missing: "firstDayMissing",
  incomplete: "firstDayIncomplete",
  invalid: "firstDayInvalid",
  tooEarly: "firstDayTooEarly",
  tooLate: "firstDayTooLate",
} as const;

/**
 * Reads the three fields as a first day of unemployment on `today`: the day (`yyyy-mm-dd`) when
 * it is a real date within the bounds, else the problem (lib/date-parts.ts reads them).
 */
export function readFirstDay(parts: DateParts, today: string): { firstDay: string } | FirstDayProblem {
  const read = readDateParts(parts, firstDayBounds(today));
  return "problem" in read ? ({ error: FIRST_DAY_ERRORS[read.problem], field: read.field } as FirstDayProblem) : { firstDay: read.day };
}
