// A date as a citizen types it in three fields — day, month, year — GOV.UK's date input
// (components/date-input.tsx), read against the days a form allows. Plain functions without a
// time-zone library, so the forms' schemas check the same rules in the browser and on the server.
import { isRealDay } from "@/lib/joblog/days";

/** What the three fields hold, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const DATE_PARTS = ["day", "month", "year"] as const;

/** Why the fields are not an allowed day, and which of them the error summary links to. */
export type DatePartsProblem =
  | { problem: "missing"; field: "day" }
  | { problem: "incomplete"; field: keyof DateParts }
  | { problem: "invalid"; field: "day" }
  | { problem: "tooEarly"; field: "day" }
  | { problem: "tooLate"; field: "day" };

const pad = (value: number) => String(value).padStart(2, "0");

/** Whether a day (`yyyy-mm-dd`) is a real one within `earliest`–`latest` (both included), else why not. */
export function dayProblem(day: string, { earliest, latest }: { earliest: string; latest: string }): "invalid" | "tooEarly" | "tooLate" | null {
  if (!isRealDay(day)) return "invalid";
  if (day < earliest) return "tooEarly";
  if (day > latest) return "tooLate";
  return null;
}

/**
 * Reads the three fields as a day (`yyyy-mm-dd`) within `earliest`–`latest`, or the problem.
 * Day and month are 1–2 digits, the year 4; spaces around them are ignored.
 */
export function readDateParts(parts: DateParts, bounds: { earliest: string; latest: string }): { day: string } | DatePartsProblem {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { problem: "missing", field: "day" };
  const empty = DATE_PARTS.find((field) => !{ day, month, year }[field]);
  if (empty) return { problem: "incomplete", field: empty };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: "invalid", field: "day" };
  const read = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  const problem = dayProblem(read, bounds);
  return problem ? { problem, field: "day" } : { day: read };
}

/** A day (`yyyy-mm-dd`) in the three fields, as a citizen would type it: `27`, `3`, `2026`. */
export function toDateParts(day: string): DateParts {
  const [year, month, date] = day.split("-");
  return { day: String(Number(date)), month: String(Number(month)), year };
}
