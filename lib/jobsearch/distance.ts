import data from "./data/postnummer-coordinates.json" with { type: "json" };

// Distances between Danish postcodes, for job agents by place and distance (R3.4). Each postcode
// has one point: its town's, from GeoNames (lib/jobsearch/data/postnummer-coordinates.json, made
// by scripts/derive-postnummer-coordinates.ts, which names its sources). Postcodes of one town
// share the point (8000 Aarhus C and 8200 Aarhus N are 0 km apart); about 280 postcodes of
// small places have no point, and a distance cannot be measured from them.

/** A point on the Earth in decimal degrees (WGS 84). */
export type GeoPoint = { latitude: number; longitude: number };

/** The distances, in kilometres, a job agent can ask for around its postcode. */
export const agentDistances = [5, 10, 25, 50, 100] as const;
export type AgentDistance = (typeof agentDistances)[number];

/**
 * The Earth's mean radius in kilometres (IUGG's R1 = (2a + b) / 3 of the WGS 84 ellipsoid,
 * 6,371.0088 km): the sphere that best fits the ellipsoid, so distances in Denmark are within
 * about 0.5 % of the ellipsoidal ones.
 */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * The great-circle distance between `a` and `b` in kilometres, by the haversine formula on a
 * sphere of radius EARTH_RADIUS_KM. Symmetric, 0 from a point to itself, and obeys the triangle
 * inequality (it is a metric on the sphere).
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const radians = Math.PI / 180;
  const dLatitude = (b.latitude - a.latitude) * radians;
  const dLongitude = (b.longitude - a.longitude) * radians;
  const h = Math.sin(dLatitude / 2) ** 2 + Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLongitude / 2) ** 2;
  // Rounding can carry h a hair past 1 for antipodal points; asin would then give NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

const points: ReadonlyMap<string, GeoPoint> = new Map(
  (data.placed as [string, number, number, string][]).map(([postnummer, latitude, longitude]) => [postnummer, { latitude, longitude }]),
);

/**
 * The version of the postcodes' points (a hash of them, made with the data): a job agent keeps
 * the version its nearby postcodes were worked out with, so agents saved with older points can
 * be found and brought up to date (the job `jobagent-distance-refresh`).
 */
export const postnummerPointsVersion: string = data.version;

/** The point of the postcode `postnummer`, or null when it has none (an unknown postcode, or one of a place too small for the source). */
export function postnummerPoint(postnummer: string): GeoPoint | null {
  return points.get(postnummer) ?? null;
}

/** The distance in kilometres between two postcodes' points, or null when either has none. */
export function postnummerDistanceKm(from: string, to: string): number | null {
  const a = postnummerPoint(from);
  const b = postnummerPoint(to);
  return a && b ? distanceKm(a, b) : null;
}

/**
 * The postcodes whose point lies within `km` kilometres of `postcode`'s point, the postcode
 * itself included, ascending; null when `postcode` has no point (no distance can be measured
 * from it).
 */
export function postcodesWithin({ postcode, km }: { postcode: string; km: number }): string[] | null {
  const centre = postnummerPoint(postcode);
  if (!centre) return null;
  const within = [...points].filter(([, point]) => distanceKm(centre, point) <= km).map(([postnummer]) => postnummer);
  return [...new Set([postcode, ...within])].sort();
}
