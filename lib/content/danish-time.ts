import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

// Editors think in Danish time, summer and winter alike; the database keeps instants.
const DANISH_TIME = "Europe/Copenhagen";
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR = 3_600_000;

/**
 * A `datetime-local` value ("2026-12-01T08:00") read as Danish time; null for an empty field
 * and for a time that does not exist in Denmark (30 February, or 02:30 on the night clocks
 * go forward). The hour that happens twice when clocks go back is read as the first of the
 * two, in summer time, whatever time zone the server runs in.
 */
export function fromDanishLocalTime(value: string | undefined): Date | null {
  const match = value ? LOCAL_DATE_TIME.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Denmark's offset on either side of this wall-clock time; only on a changeover night do they differ.
  const offsets = new Set([tzOffset(DANISH_TIME, new Date(asIfUtc - 12 * HOUR)), tzOffset(DANISH_TIME, new Date(asIfUtc + 12 * HOUR))]);
  const readings = [...offsets]
    .map((offsetMinutes) => new Date(asIfUtc - offsetMinutes * 60_000))
    .filter((instant) => toDanishLocalTime(instant) === value)
    .sort((a, b) => a.getTime() - b.getTime());
  return readings[0] ?? null;
}

/** Whether a `datetime-local` value is empty or a time that exists in Denmark. */
export const isDanishLocalTime = (value: string) => value === "" || fromDanishLocalTime(value) !== null;

/** An instant as a `datetime-local` value in Danish time, for an editor's form. */
export function toDanishLocalTime(date: Date | null): string {
  return date ? format(new TZDate(date, DANISH_TIME), "yyyy-MM-dd'T'HH:mm") : "";
}

/** An instant for people to read, in Danish time, in the page's language. */
export function formatDanishTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: DANISH_TIME,
  }).format(date);
}

/** A day for people to read, in the page's language ("26. november 2026", "26 November 2026"). */
export function formatDanishDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", { dateStyle: "long", timeZone: DANISH_TIME }).format(date);
}

/** The day it is in Denmark at `instant`, as `yyyy-mm-dd`. */
export function danishDay(instant: Date): string {
  return format(new TZDate(instant, DANISH_TIME), "yyyy-MM-dd");
}

/** Whole days from day `from` to day `to` (both `yyyy-mm-dd`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
