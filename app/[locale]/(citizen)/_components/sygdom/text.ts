import "server-only";
import { getFormatter } from "next-intl/server";

/** Where each kind of report lives: `/meld-syg`, `/meld-rask`. */
export const SYGDOM_ADDRESS = { syg: "/meld-syg", rask: "/meld-rask" } as const;

/** A day (`yyyy-mm-dd`) for people to read, in the page's language ("1. december 2026"). */
export async function formatDay(day: string): Promise<string> {
  const format = await getFormatter();
  // Noon UTC is the same day in Denmark, summer and winter.
  return format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
}
