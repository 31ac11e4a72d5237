import { describe, expect, test } from "vitest";
import data from "./data/occupations.json" with { type: "json" };
import { exactOccupationTitle, findOccupationTitle, normaliseForSearch, occupationTitles, searchOccupationTitles, titleLabel } from "./occupations";
import { allPostnumre, findPostnummer, regions } from "./postnumre";

describe("the occupation taxonomy", () => {
  const titles = occupationTitles();

  test("R3.4 has at least 150 titles in STAR's manner: area → group → title, each code unique, a title's code beginning with its group's and a group's with its area's", () => {
    expect(titles.length).toBeGreaterThanOrEqual(150);
    const codes = [
      ...data.areas.map((area) => area.code),
      ...data.areas.flatMap((area) => area.groups.map((group) => group.code)),
      ...titles.map((title) => title.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const area of data.areas) {
      expect(area.code).toMatch(/^\d{2}$/);
      for (const group of area.groups) {
        expect(group.code).toMatch(new RegExp(`^${area.code}\\d{2}$`));
        for (const title of group.titles) expect(title.code).toMatch(new RegExp(`^${group.code}\\d{3}$`));
      }
    }
  });

  test("R3.4 every title, group and area has a Danish and an English label; titles are unique in each language and no alias is another title's name", () => {
    for (const title of titles) {
      expect(title.da.trim()).not.toBe("");
      expect(title.en.trim()).not.toBe("");
      expect(title.group.da && title.group.en && title.group.area.da && title.group.area.en).toBeTruthy();
    }
    expect(new Set(titles.map((title) => title.da)).size).toBe(titles.length);
    expect(new Set(titles.map((title) => title.en)).size).toBe(titles.length);
    const names = new Set(titles.map((title) => normaliseForSearch(title.da)));
    for (const alias of titles.flatMap((title) => title.aliases)) expect(names.has(normaliseForSearch(alias))).toBe(false);
    expect(titles.filter((title) => title.aliases.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  test("R3.4 the group `Data og analyse` holds `Analytiker, data og analyse`, `Statistiker` and `Dataingeniør`, the titles SPEC names", () => {
    const inGroup = titles.filter((title) => title.group.da === "Data og analyse").map((title) => title.da);
    expect(inGroup).toEqual(expect.arrayContaining(["Analytiker, data og analyse", "Statistiker", "Dataingeniør"]));
    for (const name of ["Pædagog", "Sygeplejerske"]) expect(titles.some((title) => title.da === name)).toBe(true);
  });

  test("R3.2 the title search finds titles by Danish or English label and by alias, ignoring case and accents, best first", () => {
    expect(searchOccupationTitles("statistik", "da").map((title) => title.da)).toContain("Statistiker");
    expect(searchOccupationTitles("STATISTICIAN", "en").map((title) => title.en)).toContain("Statistician");
    const analytiker = titles.find((title) => title.da === "Analytiker, data og analyse")!;
    for (const alias of analytiker.aliases) expect(searchOccupationTitles(alias, "da").map((title) => title.code)).toContain(analytiker.code);
    expect(searchOccupationTitles("sygeplejerske", "da")[0].da).toBe("Sygeplejerske");
    expect(searchOccupationTitles("paedagog", "da")).toEqual([]);
    expect(searchOccupationTitles("  ", "da")).toEqual([]);
    expect(searchOccupationTitles("e", "da", 5)).toHaveLength(5);
  });

  test("R3.2 a title typed exactly (either language or an alias) is recognised; a word shared by several titles is not", () => {
    expect(exactOccupationTitle("statistiker")?.da).toBe("Statistiker");
    expect(exactOccupationTitle("Statistician")?.da).toBe("Statistiker");
    expect(exactOccupationTitle("analytiker")).toBeNull();
    const withAlias = titles.find((title) => title.aliases.length > 0)!;
    expect(exactOccupationTitle(withAlias.aliases[0].toUpperCase())?.code).toBe(withAlias.code);
    expect(titleLabel(findOccupationTitle(withAlias.code)!, "en")).toBe(withAlias.en);
    expect(findOccupationTitle("9999999")).toBeNull();
  });
});

describe("the Danish postcodes", () => {
  test("R3.2 every Danish postcode is there with its city and region, so any real postcode is recognised", () => {
    const all = allPostnumre();
    expect(all.length).toBeGreaterThan(1000);
    expect(new Set(all.map((entry) => entry.region))).toEqual(new Set(regions));
    expect(findPostnummer("8000")).toEqual({ postnummer: "8000", by: "Aarhus C", region: "midtjylland" });
    expect(findPostnummer("1050")?.by).toBe("København K");
    expect(findPostnummer("5000")?.region).toBe("syddanmark");
    expect(findPostnummer("9990")?.by).toBe("Skagen");
    expect(findPostnummer("3700")?.by).toBe("Rønne");
    expect(findPostnummer(" 4000 ")?.by).toBe("Roskilde");
    for (const missing of ["0000", "1", "99999", "abcd", ""]) expect(findPostnummer(missing)).toBeNull();
    for (const entry of all) expect(entry.postnummer).toMatch(/^\d{4}$/);
  });
});
