import "zod-openapi";
import { z } from "zod";
import { text as storableText } from "@/lib/validation";

// The PersonAdminService API's requests and answers. The same schemas validate requests in
// the route handlers and generate the OpenAPI document, so the two cannot drift apart.

/** A text value; PostgreSQL cannot store a NUL character or an unpaired surrogate, so neither is accepted. */
const text = () => storableText("must not contain a NUL character or an unpaired surrogate");

const cpr = text()
  .regex(/^\d{10}$/, "must be a CPR number of 10 digits without a dash")
  .meta({ description: "The citizen's CPR number, 10 digits", example: "0101901111" });

export const registerCitizenRequest = z
  .strictObject({
    cpr,
    navn: text().trim().min(1, "must not be empty").max(200).meta({ description: "The citizen's full name", example: "Anna Andersen" }),
    jobcenter: text().trim().min(1).max(200).meta({ description: "The jobcenter the citizen registers at", example: "Jobcenter København" }),
  })
  .meta({ id: "TilmeldBorger" });

export const registerCitizenResponse = z
  .object({
    cpr,
    navn: text(),
    jobnetprofil: z.boolean().meta({ description: "Whether the citizen has an active Jobnet profile" }),
    brugernavn: z.literal("Ukendt").meta({ description: "Always 'Ukendt': citizens log in with MitID; brugerkoder are given by the jobcenter in Jobnet" }),
    adgangskode: z.literal("Ukendt").meta({ description: "Always 'Ukendt'" }),
  })
  .meta({ id: "Tilmelding" });

export const citizenLookupRequest = z.strictObject({ cpr }).meta({ id: "BorgerOpslag" });

const actorKind = z.enum(["citizen", "staff", "api_client", "conversion", "system"]);

export const brugerkodeFlag = z
  .object({
    sat: z.boolean().meta({ description: "The jobcenter has assessed that the citizen can log in with brugerkoder" }),
    aendret: z.iso.datetime({ offset: true }).nullable().meta({ description: "When the flag last changed" }),
    aendretAf: actorKind.nullable().meta({ description: "What kind of actor last changed it" }),
  })
  .meta({ id: "BrugerkodeFlag" });

export const citizenAdminData = z
  .object({
    cpr,
    navn: text(),
    kontaktgruppe: text(),
    jobnetprofil: z
      .object({
        oprettet: z.iso.datetime({ offset: true }),
        oprettetAf: z.enum(["borger", "jobcenter"]),
        senesteMitidLogin: z.iso.datetime({ offset: true }).nullable(),
      })
      .nullable(),
    brugernavn: text().nullable().meta({ description: "The brugerkode username, if the citizen has brugerkoder" }),
    brugerkodeFlag,
  })
  .meta({ id: "BorgerAdministrativeData" });

export const setFlagRequest = z
  .strictObject({
    cpr,
    flag: z.boolean().meta({ description: "true sets the brugerkode flag, false removes it" }),
    begrundelse: text().trim().min(1, "must not be empty").max(500).meta({ description: "Why, for the audit log", example: "Borgeren har ikke MitID" }),
  })
  .meta({ id: "SaetBrugerkodeFlag" });

export const problemDetails = z
  .object({
    type: text().meta({ description: "A URI reference naming the kind of problem" }),
    title: text(),
    status: z.number().int(),
    detail: text().optional(),
    instance: text().optional(),
    errors: z
      .array(z.object({ path: text(), message: text() }))
      .optional()
      .meta({ description: "For a validation problem: each field that was wrong" }),
    errorId: text().optional().meta({ description: "For an unexpected error or an unreachable database: the id support can find in the log" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
