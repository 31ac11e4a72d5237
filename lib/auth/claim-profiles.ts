import { z } from "zod";
import { text as storableText } from "@/lib/validation";

/** NSIS assurance levels, in rising order. */
export const assuranceLevels = ["Low", "Substantial", "High"] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

/** What the portal needs to know about a person after a MitID login, whatever broker said it. */
export interface MitidIdentity {
  subject: string;
  cpr: string;
  name: string;
  assuranceLevel: AssuranceLevel | null;
  /**
   * Navne- og adressebeskyttelse: the citizen's name and address are protected in the CPR
   * register. Such a citizen logs in like anyone else.
   */
  nameAndAddressProtection: boolean;
}

/**
 * How a broker names its claims. NemLog-in speaks OIOSAML 3 attribute names, which a
 * SAML-to-OIDC bridge carries over unchanged; an OIDC MitID broker has names of its own.
 * Switching broker is choosing a profile (MITID_CLAIM_PROFILE), not changing code.
 */
export interface ClaimProfile {
  read(claims: Record<string, unknown>): MitidIdentity;
  /** An employee's login with MitID Erhverv: identified by a persistent professional UUID. */
  readProfessional(claims: Record<string, unknown>): ProfessionalIdentity;
}

/** What the portal needs to know about an employee after a MitID Erhverv login. */
export interface ProfessionalIdentity {
  subject: string;
  professionalUuid: string;
  name: string;
  assuranceLevel: AssuranceLevel | null;
}

const cprSchema = storableText("the CPR claim is not text").regex(/^\d{10}$/, "the CPR claim is not ten digits");
// A name from the broker is stored; one PostgreSQL cannot store is refused like any other bad claim.
const text = storableText("the claim holds text that cannot be stored").trim().min(1);

function assuranceLevelFrom(value: unknown): AssuranceLevel | null {
  if (typeof value !== "string") return null;
  const last = value.split(/[:/]/).pop()?.toLowerCase();
  return assuranceLevels.find((level) => level.toLowerCase() === last) ?? null;
}

/**
 * The claim that marks a protected citizen. NemLog-in's OIOSAML 3 attributes and Idura's
 * documented claims have none; Signicat's MitID broker documents this name, present (as the
 * string "true") only for a protected citizen. Both profiles read it, and the MitID
 * simulator sends it; a broker that names it otherwise gets that name in its profile.
 */
const NAME_AND_ADDRESS_PROTECTION = "mitid_name_and_address_protection";

/** Absent, false or "false" is unprotected; any other value is read as protected: when in doubt, protect. */
function nameAndAddressProtectionFrom(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  return !(typeof value === "string" && ["", "false"].includes(value.trim().toLowerCase()));
}

const OIOSAML3 = {
  cpr: "https://data.gov.dk/model/core/eid/cprNumber",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  firstName: "https://data.gov.dk/model/core/eid/firstName",
  lastName: "https://data.gov.dk/model/core/eid/lastName",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  professionalUuid: "https://data.gov.dk/model/core/eid/professional/uuid/persistent",
} as const;

const uuidSchema = z.uuid("the professional identifier is not a UUID");

export const claimProfiles: Record<"nemlogin" | "idura", ClaimProfile> = {
  /** NemLog-in (OIOSAML 3 names over OIDC); the MitID simulator speaks this profile. */
  nemlogin: {
    read(claims) {
      const name = claims[OIOSAML3.fullName] ?? [claims[OIOSAML3.firstName], claims[OIOSAML3.lastName]].filter(Boolean).join(" ");
      return {
        subject: text.parse(claims.sub),
        cpr: cprSchema.parse(claims[OIOSAML3.cpr]),
        name: text.parse(name),
        assuranceLevel: assuranceLevelFrom(claims[OIOSAML3.loa]),
        nameAndAddressProtection: nameAndAddressProtectionFrom(claims[NAME_AND_ADDRESS_PROTECTION]),
      };
    },
    readProfessional(claims) {
      return {
        subject: text.parse(claims.sub),
        professionalUuid: uuidSchema.parse(claims[OIOSAML3.professionalUuid]),
        name: text.parse(claims[OIOSAML3.fullName]),
        assuranceLevel: assuranceLevelFrom(claims[OIOSAML3.loa]),
      };
    },
  },
  /** Idura (formerly Criipto) Verify: CPR in `cprNumberIdentifier`, the level in `acr` (e.g. urn:grn:authn:dk:mitid:substantial). */
  idura: {
    read(claims) {
      return {
        subject: text.parse(claims.sub),
        cpr: cprSchema.parse(claims.cprNumberIdentifier),
        name: text.parse(claims.name),
        assuranceLevel: assuranceLevelFrom(claims.acr),
        nameAndAddressProtection: nameAndAddressProtectionFrom(claims[NAME_AND_ADDRESS_PROTECTION]),
      };
    },
    /** MitID Erhverv through Idura: the persistent professional id in `uuid`. */
    readProfessional(claims) {
      return {
        subject: text.parse(claims.sub),
        professionalUuid: uuidSchema.parse(claims.uuid),
        name: text.parse(claims.name),
        assuranceLevel: assuranceLevelFrom(claims.acr),
      };
    },
  },
};

/** The portal accepts a MitID login at NSIS level Substantial or High only. */
export function meetsRequiredAssurance(level: AssuranceLevel | null): boolean {
  return level !== null && assuranceLevels.indexOf(level) >= assuranceLevels.indexOf("Substantial");
}
