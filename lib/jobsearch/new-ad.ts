import { danishDay, daysBetween } from "@/lib/content/danish-time";

/** How many Danish calendar days an ad is marked `NY`: the day it is published and the next (SPEC R3.4). */
export const NEW_AD_DAYS = 2;

/**
 * Whether an ad published at `publishedAt` is marked `NY` at `now`: from its publication
 * until the end of the next day, in Danish time (SPEC R3.4: "for two days after it is
 * published (Danish time)"), whatever time zone the server runs in.
 */
export function isNewAd(publishedAt: Date, now: Date): boolean {
  const age = daysBetween(danishDay(publishedAt), danishDay(now));
  return age >= 0 && age < NEW_AD_DAYS;
}
