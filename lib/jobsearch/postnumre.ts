import type { Region } from "@/db/schema";
import data from "./data/postnumre.json" with { type: "json" };

/** A Danish postcode (postnummer) with its city name (bynavn) and region. */
export type Postnummer = { postnummer: string; by: string; region: Region };

/** Denmark's five regions, in the order forms list them. */
export const regions: readonly Region[] = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"];

/** Every Danish postcode (lib/jobsearch/data/postnumre.json names its source), by number. */
const byNumber: ReadonlyMap<string, Postnummer> = new Map(
  (data.postnumre as [string, string, Region][]).map(([postnummer, by, region]) => [postnummer, { postnummer, by, region }]),
);

/** The postcode `postnummer` (four digits, "8000"), or null when Denmark has no such postcode. */
export function findPostnummer(postnummer: string): Postnummer | null {
  return byNumber.get(postnummer.trim()) ?? null;
}

/** Every postcode, ascending. */
export function allPostnumre(): Postnummer[] {
  return [...byNumber.values()];
}
