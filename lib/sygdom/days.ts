// The days of a sick or well report (R4.2), written `yyyy-mm-dd` in Danish time. Plain
// functions without a time-zone library, so the form's schema can use them in the browser.
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
