import { describe, expect, test } from "vitest";
import { CLAIMS, claimsFor, defaultChoices, identityForCpr, type SimulatedIdentity } from "./identities";

const staff: SimulatedIdentity = { kind: "staff", uuid: "3c6d9757-1e70-438a-8dd3-5f84398c2e25", name: "Sofie Support", organisation: "STAR" };

describe("the MitID simulator's claims", () => {
  test("R1.1a name-and-address protection chosen for a login is sent as a claim for a citizen, who keeps every other claim", () => {
    const citizen = identityForCpr("0101901111");
    const plain = claimsFor(citizen, defaultChoices);
    const protectedCitizen = claimsFor(citizen, { ...defaultChoices, nameAndAddressProtection: true });
    expect(plain).not.toHaveProperty([CLAIMS.nameAndAddressProtection]);
    expect(protectedCitizen).toEqual({ ...plain, [CLAIMS.nameAndAddressProtection]: "true" });
  });

  test("R1.1a an employee's MitID Erhverv login carries no protection claim", () => {
    expect(claimsFor(staff, { ...defaultChoices, nameAndAddressProtection: true })).not.toHaveProperty([CLAIMS.nameAndAddressProtection]);
  });
});
