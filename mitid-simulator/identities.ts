import { createHash } from "node:crypto";
import { demoCitizens, demoStaff } from "@/lib/demo/demo-data";

export const assuranceLevels = ["Low", "Substantial", "High"] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

/** A person the simulator can log in: a citizen (private MitID, by CPR) or an employee (MitID Erhverv). */
export type SimulatedIdentity = { kind: "citizen"; cpr: string; name: string } | { kind: "staff"; uuid: string; name: string; organisation: string };

/**
 * Faults a tester can inject into the ID token of one login, each one a check a relying
 * party must make: the issuer, the audience, the signature, the expiry, the start of
 * validity (nbf and iat in the future) and the nonce it sent.
 */
export const tokenFaults = ["wrong-iss", "wrong-aud", "bad-signature", "expired", "not-yet-valid", "nonce-mismatch"] as const;
export type TokenFault = (typeof tokenFaults)[number];

export function isTokenFault(value: unknown): value is TokenFault {
  return typeof value === "string" && (tokenFaults as readonly string[]).includes(value);
}

/** Choices a tester makes for one login; they travel with that login only. */
export interface LoginChoices {
  assuranceLevel: AssuranceLevel;
  /** Navne- og adressebeskyttelse: the citizen's name and address are protected in the CPR register. */
  nameAndAddressProtection: boolean;
  /** A fault injected into this login's ID token, or none. */
  fault: TokenFault | null;
}

export const defaultChoices: LoginChoices = { assuranceLevel: "Substantial", nameAndAddressProtection: false, fault: null };

export const demoIdentities: SimulatedIdentity[] = [
  ...demoCitizens.map((person): SimulatedIdentity => ({ kind: "citizen", cpr: person.cpr, name: person.name })),
  ...demoStaff.map((person): SimulatedIdentity => ({
    kind: "staff",
    uuid: person.mitidUuid,
    name: person.name,
    organisation: person.jobcenter ?? "Styrelsen for Arbejdsmarked og Rekruttering",
  })),
];

/** A name for a CPR number that is not a demo identity. */
function nameForUnknownCpr(cpr: string): string {
  return `Testperson ${cpr.slice(0, 6)}`;
}

export function identityForCpr(cpr: string): SimulatedIdentity {
  return (
    demoIdentities.find((identity) => identity.kind === "citizen" && identity.cpr === cpr) ?? {
      kind: "citizen",
      cpr,
      name: nameForUnknownCpr(cpr),
    }
  );
}

/** A persistent pseudonym per person, as NemLog-in gives: the subject is never the CPR number. */
export function subjectFor(identity: SimulatedIdentity): string {
  const source = identity.kind === "citizen" ? `cpr:${identity.cpr}` : `staff:${identity.uuid}`;
  const hex = createHash("sha256").update(`mitid-simulator:${source}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** OIOSAML 3 attribute names carried over OIDC, as NemLog-in's OIDC bridge delivers them. */
export const CLAIMS = {
  cpr: "https://data.gov.dk/model/core/eid/cprNumber",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  professionalUuid: "https://data.gov.dk/model/core/eid/professional/uuid/persistent",
  organisationName: "https://data.gov.dk/model/core/eid/professional/orgName",
  /**
   * Name-and-address protection. NemLog-in's OIOSAML 3 names have no attribute for it; the
   * name is the one Signicat's MitID broker documents (`mitid_name_and_address_protection`,
   * the string "true", present only for a protected citizen), which the portal's claim
   * profiles read.
   */
  nameAndAddressProtection: "mitid_name_and_address_protection",
} as const;

export function claimsFor(identity: SimulatedIdentity, choices: LoginChoices): { sub: string } & Record<string, string> {
  const common = { sub: subjectFor(identity), [CLAIMS.fullName]: identity.name, [CLAIMS.loa]: choices.assuranceLevel };
  if (identity.kind === "staff") {
    return { ...common, [CLAIMS.professionalUuid]: identity.uuid, [CLAIMS.organisationName]: identity.organisation };
  }
  // Protection belongs to a person in the CPR register, so only a citizen's login carries it.
  // The name is still sent (Signicat documents an empty name for a protected person; the
  // simulator speaks NemLog-in's names, and the portal needs the name to create a profile).
  const protection: Record<string, string> = choices.nameAndAddressProtection ? { [CLAIMS.nameAndAddressProtection]: "true" } : {};
  return { ...common, [CLAIMS.cpr]: identity.cpr, ...protection };
}
