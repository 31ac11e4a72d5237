import fc from "fast-check";
import { describe, expect, test } from "vitest";
import data from "./data/postnummer-coordinates.json" with { type: "json" };
import { createHash } from "node:crypto";
import { distanceKm, postcodesWithin, postnummerDistanceKm, postnummerPoint, postnummerPointsVersion, type GeoPoint } from "./distance";
import { allPostnumre } from "./postnumre";

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});
/** Points in and around Denmark, where the portal measures. */
const danishPoint = fc.record({
  latitude: fc.double({ min: 54.5, max: 57.8, noNaN: true }),
  longitude: fc.double({ min: 8, max: 15.2, noNaN: true }),
});

describe("distance", () => {
  test("R3.4 property: the distance is symmetric, 0 from a point to itself, never negative, and obeys the triangle inequality", () => {
    fc.assert(
      fc.property(point, point, point, (a: GeoPoint, b: GeoPoint, c: GeoPoint) => {
        expect(distanceKm(a, a)).toBeCloseTo(0, 9);
        expect(distanceKm(a, b)).toBeGreaterThanOrEqual(0);
        expect(Math.abs(distanceKm(a, b) - distanceKm(b, a))).toBeLessThan(1e-6);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-6);
        // No two points on the Earth are further apart than half its circumference.
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
      }),
    );
    fc.assert(
      fc.property(danishPoint, danishPoint, (a, b) => {
        expect(distanceKm(a, b)).toBeLessThan(600);
      }),
    );
  });

  test("R3.4 known distances: Aarhus–Odder about 21 km, Aarhus–Odense about 85 km, Copenhagen–Aarhus about 157 km, a degree of latitude about 111 km", () => {
    expect(postnummerDistanceKm("8200", "8300")).toBeGreaterThan(18);
    expect(postnummerDistanceKm("8200", "8300")).toBeLessThan(24);
    expect(postnummerDistanceKm("8000", "5000")).toBeGreaterThan(80);
    expect(postnummerDistanceKm("8000", "5000")).toBeLessThan(90);
    expect(postnummerDistanceKm("1620", "8000")).toBeGreaterThan(150);
    expect(postnummerDistanceKm("1620", "8000")).toBeLessThan(165);
    expect(distanceKm({ latitude: 55, longitude: 10 }, { latitude: 56, longitude: 10 })).toBeCloseTo(111.2, 1);
    // Postcodes of one town share its point.
    expect(postnummerDistanceKm("8000", "8200")).toBe(0);
  });

  test("R3.4 postcodes within a distance include the postcode itself and grow with the distance; a postcode without a point has none", () => {
    const within10 = postcodesWithin({ postcode: "8200", km: 10 })!;
    const within25 = postcodesWithin({ postcode: "8200", km: 25 })!;
    expect(within10).toContain("8200");
    expect(within10).toContain("8000");
    expect(within10).not.toContain("8300");
    expect(within25).toContain("8300");
    expect(within25).not.toContain("5000");
    for (const postcode of within10) expect(within25).toContain(postcode);
    for (const postcode of within25) expect(postnummerDistanceKm("8200", postcode)).toBeLessThanOrEqual(25);
    expect(postcodesWithin({ postcode: "0783", km: 50 })).toBeNull();
    expect(postcodesWithin({ postcode: "0000", km: 50 })).toBeNull();
  });

  test("R3.4 the reference data places most Danish postcodes, lists the others as unplaced, and every point is in Denmark", () => {
    const placed = data.placed as [string, number, number, string][];
    const known = new Set(allPostnumre().map((p) => p.postnummer));
    expect(placed.length).toBeGreaterThanOrEqual(750);
    expect(placed.length + data.unplaced.length).toBe(known.size);
    for (const [postnummer, latitude, longitude] of placed) {
      expect(known.has(postnummer)).toBe(true);
      expect(latitude).toBeGreaterThan(54.5);
      expect(latitude).toBeLessThan(57.8);
      expect(longitude).toBeGreaterThan(8);
      expect(longitude).toBeLessThan(15.2);
    }
    for (const [postnummer] of data.unplaced) expect(postnummerPoint(postnummer)).toBeNull();
  });

  test("R3.4 every postcode of a big town or suburb has a point (districts and suburbs too), and few postcodes stay unplaced", () => {
    // Towns of some 5,000 inhabitants or more, their districts (8220 Brabrand is Aarhus) and suburbs.
    const bigTownPostcodes = [
      "8000",
      "8200",
      "8210",
      "8220",
      "8230",
      "8240",
      "8260",
      "8270",
      "8381",
      "1620",
      "2500",
      "2700",
      "2770",
      "2820",
      "2860",
      "2900",
      "2800",
      "2600",
      "2630",
      "3450",
      "7100",
      "7120",
      "9000",
      "9220",
      "5000",
      "6000",
      "6700",
      "8700",
      "7400",
      "4000",
      "3000",
      "8900",
      "2640",
      "2605",
      "0800",
    ];
    const unplaced = bigTownPostcodes.filter((postcode) => postnummerPoint(postcode) === null);
    expect(unplaced).toEqual([]);
    // Aarhus's districts are within a few km of Aarhus C; Vejle is placed in Vejle, not elsewhere.
    for (const district of ["8220", "8230", "8240", "8260", "8270", "8381"]) expect(postnummerDistanceKm("8000", district)).toBeLessThan(10);
    expect(postnummerDistanceKm("7100", "6000")).toBeGreaterThan(20);
    expect(postnummerDistanceKm("7100", "6000")).toBeLessThan(30);
    // Viby J is Aarhus's, never Viby on Zealand.
    expect(postnummerDistanceKm("8260", "4130")).toBeGreaterThan(100);
    // What stays unplaced are places under about 5,000 inhabitants and firms' own postcodes.
    expect(data.unplaced.length).toBeLessThanOrEqual(290);
  });

  test("R3.4 the reference data's version is the hash of its points, so a change of any point changes it", () => {
    const rows = (data.placed as [string, number, number, string][]).map(([postnummer, latitude, longitude]) => [postnummer, latitude, longitude]);
    expect(postnummerPointsVersion).toBe(createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16));
  });
});
