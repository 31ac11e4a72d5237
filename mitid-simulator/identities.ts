import { createHash } from "node:crypto";
import { demoCitizens, demoStaff } from "@/db/demo-data";

export const assuranceLevels = ["Low", "Substantial", "High"] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

/** A person the simulator can log in: a citizen (private MitID, by CPR) or an employee (MitID Erhverv). */
export type SimulatedIdentity =
  | { kind: "citizen"; cpr: string; name: string }
  | { kind: "staff"; uuid: string; name: string; organisation: string };

/** Choices a tester makes for one login. More (name-and-address protection, faults) belong here. */
export interface LoginChoices {
  assuranceLevel: AssuranceLevel;
}

export const demoIdentities: SimulatedIdentity[] = [
  ...demoCitizens.map((person): SimulatedIdentity => ({ kind: "citizen", cpr: person.cpr, name: person.name })),
  ...demoStaff.map(
    (person): SimulatedIdentity => ({
      kind: "staff",
      uuid: person.mitidUuid,
      name: person.name,
      organisation: person.jobcenter ?? "Styrelsen for Arbejdsmarked og Rekruttering",
    }),
  ),
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
} as const;

export function claimsFor(identity: SimulatedIdentity, choices: LoginChoices): { sub: string } & Record<string, string> {
  const common = { sub: subjectFor(identity), [CLAIMS.fullName]: identity.name, [CLAIMS.loa]: choices.assuranceLevel };
  return identity.kind === "citizen"
    ? { ...common, [CLAIMS.cpr]: identity.cpr }
    : { ...common, [CLAIMS.professionalUuid]: identity.uuid, [CLAIMS.organisationName]: identity.organisation };
}
