import { describe, expect, test } from "vitest";
import { claimProfiles, meetsRequiredAssurance } from "./claim-profiles";

const nemlogin = {
  sub: "8f2c7d0e-6c1b-4e8f-9a6a-1f0b2c3d4e5f",
  "https://data.gov.dk/model/core/eid/cprNumber": "0101901111",
  "https://data.gov.dk/model/core/eid/fullName": "Anna Andersen",
  "https://data.gov.dk/concept/core/nsis/loa": "Substantial",
};

describe("claim profiles", () => {
  test("R1.1a the NemLog-in profile reads OIOSAML 3 claim names", () => {
    expect(claimProfiles.nemlogin.read(nemlogin)).toEqual({
      subject: nemlogin.sub,
      cpr: "0101901111",
      name: "Anna Andersen",
      assuranceLevel: "Substantial",
      nameAndAddressProtection: false,
    });
  });

  test("R1.1a the NemLog-in profile builds the name from first and last name when no full name is given", () => {
    const { ["https://data.gov.dk/model/core/eid/fullName"]: _, ...claims } = nemlogin;
    const identity = claimProfiles.nemlogin.read({
      ...claims,
      "https://data.gov.dk/model/core/eid/firstName": "Anna",
      "https://data.gov.dk/model/core/eid/lastName": "Andersen",
    });
    expect(identity.name).toBe("Anna Andersen");
  });

  test("R1.1a the Idura profile reads its own names and the level from acr", () => {
    expect(
      claimProfiles.idura.read({
        sub: "{0f9960a0-d28d-4353-a3e2-ea07f8ffa185}",
        cprNumberIdentifier: "0202802222",
        name: "Bent Brugerkode",
        acr: "urn:grn:authn:dk:mitid:high",
      }),
    ).toMatchObject({ cpr: "0202802222", name: "Bent Brugerkode", assuranceLevel: "High" });
  });

  test("R1.1a both profiles read name-and-address protection, and a protected citizen is read like anyone else", () => {
    const idura = {
      sub: "{0f9960a0-d28d-4353-a3e2-ea07f8ffa185}",
      cprNumberIdentifier: "0202802222",
      name: "Bent Brugerkode",
      acr: "urn:grn:authn:dk:mitid:substantial",
    };
    const cases: [unknown, boolean][] = [
      [undefined, false],
      [null, false],
      [false, false],
      ["false", false],
      ["FALSE", false],
      ["", false],
      ["true", true],
      ["True", true],
      [true, true],
      // A value the portal does not know is read as protected: when in doubt, protect.
      ["yes", true],
      ["1", true],
    ];
    for (const [value, protectedCitizen] of cases) {
      const claim = value === undefined ? {} : { mitid_name_and_address_protection: value };
      const fromNemlogin = claimProfiles.nemlogin.read({ ...nemlogin, ...claim });
      const fromIdura = claimProfiles.idura.read({ ...idura, ...claim });
      expect(fromNemlogin.nameAndAddressProtection, JSON.stringify(value)).toBe(protectedCitizen);
      expect(fromIdura.nameAndAddressProtection, JSON.stringify(value)).toBe(protectedCitizen);
      expect(fromNemlogin).toMatchObject({ cpr: "0101901111", name: "Anna Andersen", assuranceLevel: "Substantial" });
      expect(fromIdura).toMatchObject({ cpr: "0202802222", name: "Bent Brugerkode", assuranceLevel: "Substantial" });
    }
  });

  test("R1.1a a token without a valid CPR number is refused", () => {
    expect(() => claimProfiles.nemlogin.read({ ...nemlogin, "https://data.gov.dk/model/core/eid/cprNumber": undefined })).toThrow();
    expect(() => claimProfiles.nemlogin.read({ ...nemlogin, "https://data.gov.dk/model/core/eid/cprNumber": "01019011" })).toThrow();
  });

  test("R1.1a only Substantial and High meet the portal's assurance requirement", () => {
    expect(meetsRequiredAssurance("High")).toBe(true);
    expect(meetsRequiredAssurance("Substantial")).toBe(true);
    expect(meetsRequiredAssurance("Low")).toBe(false);
    expect(meetsRequiredAssurance(null)).toBe(false);
    expect(claimProfiles.nemlogin.read({ ...nemlogin, "https://data.gov.dk/concept/core/nsis/loa": "Medium" }).assuranceLevel).toBeNull();
  });
});
