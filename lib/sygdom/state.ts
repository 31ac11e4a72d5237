import type { SygdomKind } from "@/db/schema";

/** A report as the state rules read it. */
export interface SygdomReportFacts {
  kind: SygdomKind;
  fromDay: string;
}

/**
 * Whether the citizen is registered sick now (R4.2): the latest report wins. Sick since the
 * latest report's day if it is a sick report; otherwise well, and `wellSince` is the latest
 * well report's day (null if the citizen has never reported anything). A well report on the
 * same day as the sick report ends the sickness that day.
 */
export type SygdomStatus = { sick: true; since: string } | { sick: false; wellSince: string | null };

/** The status that follows from the citizen's latest report (or none). */
export function statusFrom(latest: SygdomReportFacts | null | undefined): SygdomStatus {
  if (!latest) return { sick: false, wellSince: null };
  return latest.kind === "syg" ? { sick: true, since: latest.fromDay } : { sick: false, wellSince: latest.fromDay };
}

/**
 * Why a report of `kind` from `fromDay` cannot follow the citizen's current status, as a key
 * under `sygdom.errors`, or null when it can:
 * - a sick report while already sick (`alreadySick`), a well report while not sick (`notSick`):
 *   the citizen is told what their status is and where to go instead;
 * - a well day before the sick day it ends (`beforeSickDay`), or a new sick day before the last
 *   well day (`beforeWellDay`): periods never overlap. The same day is allowed both ways.
 */
export function refusalFor(status: SygdomStatus, { kind, fromDay }: SygdomReportFacts): "alreadySick" | "notSick" | "beforeSickDay" | "beforeWellDay" | null {
  if (kind === "syg") {
    if (status.sick) return "alreadySick";
    if (status.wellSince && fromDay < status.wellSince) return "beforeWellDay";
    return null;
  }
  if (!status.sick) return "notSick";
  if (fromDay < status.since) return "beforeSickDay";
  return null;
}
