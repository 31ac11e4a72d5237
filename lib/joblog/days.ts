// Days in the joblog: the day a citizen applied (or plans to), written `yyyy-mm-dd`, and the
// weeks they fall in. Jobcentre and a-kasser ask for job searches week by week, and Danish
// weeks are ISO 8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday).
// Plain functions without a time-zone library, so the form's schema can use them in the browser.

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` is written `yyyy-mm-dd` and is a day the calendar has (not 2026-02-30). */
export function isRealDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const parsed = new Date(0);
  parsed.setUTCFullYear(year, month - 1, date);
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** The day it is in Denmark at `now`, `yyyy-mm-dd`. */
export function danishToday(now: Date = new Date()): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in other years. */
export function shiftYears(day: string, years: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const shifted = year + years;
  const lastOfMonth = new Date(Date.UTC(shifted, month, 0)).getUTCDate();
  return `${String(shifted).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(date, lastOfMonth)).padStart(2, "0")}`;
}

const asDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** One ISO week: its year (which may differ from the calendar year at New Year), number, Monday and Sunday. */
export interface JoblogWeek {
  year: number;
  week: number;
  /** `yyyy-mm-dd` */
  monday: string;
  /** `yyyy-mm-dd` */
  sunday: string;
}

/** The ISO 8601 week `day` (`yyyy-mm-dd`) falls in. */
export function weekOf(day: string): JoblogWeek {
  const date = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = date - weekday * DAY_MS;
  // The week belongs to the year its Thursday is in.
  const year = new Date(monday + 3 * DAY_MS).getUTCFullYear();
  const january4 = Date.UTC(year, 0, 4);
  const firstMonday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
  return { year, week: 1 + Math.round((monday - firstMonday) / (7 * DAY_MS)), monday: asDay(monday), sunday: asDay(monday + 6 * DAY_MS) };
}

/**
 * Entries grouped by the week of their day, each week with its entries (and so their count),
 * weeks and entries in the order the entries come in (the joblog lists newest first).
 */
export function groupByWeek<Entry extends { appliedOn: string }>(entries: readonly Entry[]): (JoblogWeek & { entries: Entry[] })[] {
  const weeks = new Map<string, JoblogWeek & { entries: Entry[] }>();
  for (const entry of entries) {
    const week = weekOf(entry.appliedOn);
    const key = `${week.year}-${week.week}`;
    const found = weeks.get(key);
    if (found) found.entries.push(entry);
    else weeks.set(key, { ...week, entries: [entry] });
  }
  return [...weeks.values()];
}
