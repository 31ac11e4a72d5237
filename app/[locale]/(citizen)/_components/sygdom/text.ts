import "server-only";
import { getFormatter } from "next-intl/server";
import { toDateParts } from "@/lib/date-parts";
import { SYGDOM_DAYS_BACK } from "@/lib/sygdom/days";

/** Where each kind of report lives: `/meld-syg`, `/meld-rask`. */
export const SYGDOM_ADDRESS = { syg: "/meld-syg", rask: "/meld-rask" } as const;

/** A day (`yyyy-mm-dd`) for people to read, in the page's language ("1. december 2026"). */
export async function formatDay(day: string): Promise<string> {
  const format = await getFormatter();
  // Noon UTC is the same day in Denmark, summer and winter.
  return format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
}

/** The values of the placeholders in `sygdom.errors`: how many days back, and an example of a date (today's). */
export function sygdomErrorValues(today: string): Record<string, string | number> {
  const example = toDateParts(today);
  return { days: SYGDOM_DAYS_BACK, example: `${example.day} ${example.month} ${example.year}` };
}
