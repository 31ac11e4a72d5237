import { isValidPhoneNumber } from "libphonenumber-js";
import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";
import { CV_DRIVING_LICENCES, CV_EMPLOYMENT, CV_HOURS, CV_LANGUAGE_LEVELS, CV_REGIONS } from "./options";

// The CV page's forms (R3.3), one schema per form, shared by the browser and the server
// actions. Messages are keys under `cv.errors`.

const required = (max: number, missing: string) => text().trim().min(1, missing).max(max, "tooLong");
const optional = (max: number) => text().trim().max(max, "tooLong").optional().default("");

/**
 * A checkbox group's choices as a list, however they arrive: the browser's form library
 * gives a list (or false when nothing is ticked), a post one value per ticked box.
 */
const ticked = (value: unknown) => (value === undefined || value === null || value === false || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** The year of a month or an education, within a working life. */
const isPlausibleYear = (year: number) => year >= 1940 && year <= 2100;

/**
 * A month as people write it — `03.2019`, `3/2019`, `03-2019` or `2019-03` — as the CV keeps
 * it, `2019-03`; null for anything else.
 */
export function readMonth(value: string): string | null {
  const monthFirst = /^(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(value);
  const [month, year] = monthFirst ? [Number(monthFirst[1]), Number(monthFirst[2])] : yearFirst ? [Number(yearFirst[2]), Number(yearFirst[1])] : [NaN, NaN];
  if (!(month >= 1 && month <= 12) || !isPlausibleYear(year)) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** A month field; `missing` is the message for an empty one, or null where it may be empty (then it is ""). */
const month = (missing: string | null) =>
  text()
    .trim()
    .max(20, "monthInvalid")
    .optional()
    .default("")
    .transform((value, context) => {
      if (!value) {
        if (missing) context.addIssue({ code: "custom", message: missing });
        return "";
      }
      const read = readMonth(value);
      if (read) return read;
      context.addIssue({ code: "custom", message: "monthInvalid" });
      return z.NEVER;
    });

/** `Tilføj` or `Fjern` on a title of `Jeg søger job som`: which, and the title's code in the occupation taxonomy. */
export const wantedTitleSchema = z.object({
  handling: z.enum(["tilfoej", "fjern"], "invalid"),
  code: text().regex(/^\d{7}$/, "titleUnknown"),
});

/** The search for a title to add, in the page's address (`?stilling=…`). */
export const titleSearchSchema = z.object({
  stilling: text().trim().max(100, "searchTooLong").optional().default(""),
});

/** One job to add to the experience. An empty `to` is a job the citizen still has. */
export const experienceSchema = z
  .object({
    title: required(200, "titleMissing"),
    employer: required(200, "employerMissing"),
    from: month("fromMissing"),
    to: month(null),
    description: optional(2000),
  })
  .refine((entry) => !entry.to || entry.to >= entry.from, { message: "periodBackwards", path: ["to"] });

/** One education to add. */
export const educationSchema = z.object({
  title: required(200, "educationMissing"),
  institution: required(200, "institutionMissing"),
  completed: text()
    .trim()
    .regex(/^\d{4}$/, "yearInvalid")
    .refine((year) => isPlausibleYear(Number(year)), "yearInvalid"),
});

/** One language to add, and how well the citizen speaks it. */
export const languageSchema = z.object({
  language: required(100, "languageMissing"),
  level: z.enum(CV_LANGUAGE_LEVELS, "levelMissing"),
});

/** `Fjern` on an entry of experience, education or languages: the entry's id. */
export const removeEntrySchema = z.object({
  id: text().regex(/^[A-Za-z0-9-]{1,64}$/, "invalid"),
});

/** The driving licences the citizen has: any of the categories, or none. */
export const drivingLicencesSchema = z.object({
  licences: z.preprocess(ticked, z.array(z.enum(CV_DRIVING_LICENCES, "licenceUnknown")).max(CV_DRIVING_LICENCES.length, "licenceUnknown")),
});

/** `Ansættelsesbetingelser`: hours, permanent or temporary, and at least one region. */
export const conditionsSchema = z.object({
  hours: z.enum(CV_HOURS, "hoursMissing"),
  employment: z.enum(CV_EMPLOYMENT, "employmentMissing"),
  regions: z.preprocess(ticked, z.array(z.enum(CV_REGIONS, "regionsMissing")).min(1, "regionsMissing").max(CV_REGIONS.length, "regionsMissing")),
});

/**
 * The contact details the CV shows: an e-mail address and a phone number, each optional here
 * (a searchable CV needs one of them, which the action checks against the CV). A Danish
 * number may be written without +45; any other must start with its country code.
 */
export const contactDetailsSchema = z.object({
  email: optional(254).refine((value) => !value || z.email().safeParse(value).success, "emailInvalid"),
  phone: optional(40).refine((value) => !value || isValidPhoneNumber(value, "DK"), "phoneInvalid"),
});

/** `Gør mit CV søgbart`: the checkbox, ticked (`on`) or not (absent); the browser's form library says true or false. */
export const searchableSchema = z.object({
  searchable: z
    .union([z.literal("on"), z.boolean()], "invalid")
    .optional()
    .transform((value) => value === "on" || value === true),
});

export type WantedTitleInput = z.input<typeof wantedTitleSchema>;
export type ExperienceInput = z.input<typeof experienceSchema>;
export type EducationInput = z.input<typeof educationSchema>;
export type LanguageInput = z.input<typeof languageSchema>;
export type DrivingLicencesInput = z.input<typeof drivingLicencesSchema>;
export type ConditionsInput = z.input<typeof conditionsSchema>;
export type ContactDetailsInput = z.input<typeof contactDetailsSchema>;

registerFormMessages(
  "cv.errors",
  wantedTitleSchema,
  titleSearchSchema,
  experienceSchema,
  educationSchema,
  languageSchema,
  removeEntrySchema,
  drivingLicencesSchema,
  conditionsSchema,
  contactDetailsSchema,
  searchableSchema,
);
