"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and changes that citizen's own CV only: whose CV comes from the
// session, never from the form. What the citizen may do (R3.3) is decided in lib/cv/mutations.ts
// from their contact group as it is now.

import { refresh } from "next/cache";
import { citizenAction } from "@/lib/actions";
import { refuseInput } from "@/lib/http/request-context";
import { findOccupationTitle, titleLabel } from "@/lib/jobsearch/occupations";
import {
  addEducation,
  addExperience,
  addLanguage,
  addWantedTitle,
  CvNotSearchableError,
  removeEducation,
  removeExperience,
  removeLanguage,
  removeWantedTitle,
  saveConditions,
  saveContactDetails,
  saveDrivingLicences,
  setSearchable,
} from "./mutations";
import {
  conditionsSchema,
  contactDetailsSchema,
  drivingLicencesSchema,
  educationSchema,
  experienceSchema,
  languageSchema,
  removeEntrySchema,
  searchableSchema,
  wantedTitleSchema,
} from "./schema";
import type { SearchableMissing } from "./searchable";

/** `Tilføj <title>` or `Fjern <title>` under `Jeg søger job som`; answers with the title's name in the page's language, for the page to say what changed. */
export const changeCvWantedTitle = citizenAction({ schema: wantedTitleSchema, access: "citizen" }, async ({ handling, code, locale }, { citizen }) => {
  if (handling === "tilfoej") await addWantedTitle({ citizenId: citizen.citizenId, code });
  else await removeWantedTitle({ citizenId: citizen.citizenId, code });
  refresh();
  const title = findOccupationTitle(code);
  return { status: "ok" as const, data: { handling, title: title ? titleLabel(title, locale) : code } };
});

/** `Tilføj erhvervserfaring`: adds a job to the experience. */
export const addCvExperience = citizenAction({ schema: experienceSchema, access: "citizen" }, async ({ locale: _locale, ...entry }, { citizen }) => {
  const added = await addExperience({ citizenId: citizen.citizenId, entry });
  refresh();
  return { status: "ok" as const, data: { title: added.title } };
});

/** `Fjern` on a job of the experience. */
export const removeCvExperience = citizenAction({ schema: removeEntrySchema, access: "citizen" }, async ({ id }, { citizen }) => {
  const removed = await removeExperience({ citizenId: citizen.citizenId, id });
  refresh();
  return { status: "ok" as const, data: { title: removed.title } };
});

/** `Tilføj uddannelse`: adds an education. */
export const addCvEducation = citizenAction({ schema: educationSchema, access: "citizen" }, async ({ locale: _locale, ...entry }, { citizen }) => {
  const added = await addEducation({ citizenId: citizen.citizenId, entry });
  refresh();
  return { status: "ok" as const, data: { title: added.title } };
});

/** `Fjern` on an education. */
export const removeCvEducation = citizenAction({ schema: removeEntrySchema, access: "citizen" }, async ({ id }, { citizen }) => {
  const removed = await removeEducation({ citizenId: citizen.citizenId, id });
  refresh();
  return { status: "ok" as const, data: { title: removed.title } };
});

/** `Tilføj sprog`: adds a language and how well the citizen speaks it. */
export const addCvLanguage = citizenAction({ schema: languageSchema, access: "citizen" }, async ({ language, level }, { citizen }) => {
  const added = await addLanguage({ citizenId: citizen.citizenId, entry: { language, level } });
  refresh();
  return { status: "ok" as const, data: { title: added.language } };
});

/** `Fjern` on a language. */
export const removeCvLanguage = citizenAction({ schema: removeEntrySchema, access: "citizen" }, async ({ id }, { citizen }) => {
  const removed = await removeLanguage({ citizenId: citizen.citizenId, id });
  refresh();
  return { status: "ok" as const, data: { title: removed.language } };
});

/** Saves the driving licences the citizen has. */
export const saveCvDrivingLicences = citizenAction({ schema: drivingLicencesSchema, access: "citizen" }, async ({ licences }, { citizen }) => {
  await saveDrivingLicences({ citizenId: citizen.citizenId, licences });
  refresh();
  return { status: "ok" as const, data: { saved: true as const } };
});

/** Saves `Ansættelsesbetingelser` (refused for the fleksjob groups); answers whether the CV is searchable now. */
export const saveCvConditions = citizenAction({ schema: conditionsSchema, access: "citizen" }, async ({ hours, employment, regions }, { citizen }) => {
  const result = await saveConditions({ citizenId: citizen.citizenId, conditions: { hours, employment, regions } });
  refresh();
  return { status: "ok" as const, data: result };
});

/** Saves the e-mail address and phone number the CV shows. */
export const saveCvContactDetails = citizenAction({ schema: contactDetailsSchema, access: "citizen" }, async ({ email, phone }, { citizen }) => {
  await saveContactDetails({ citizenId: citizen.citizenId, email, phone });
  refresh();
  return { status: "ok" as const, data: { saved: true as const } };
});

/** Each thing a CV can lack before it may be searchable, as the message (under `cv.errors`) the switch's error summary shows for it. */
const neededMessage: Record<SearchableMissing, string> = {
  hours: "searchableNeedsHours",
  employment: "searchableNeedsEmployment",
  regions: "searchableNeedsRegions",
  contactDetails: "searchableNeedsContact",
};

/**
 * `Gør mit CV søgbart`: turns the choice on or off. A refusal (422) names each thing to fill
 * in first, keyed by what is missing, so the page's error summary can link to those fields.
 */
export const setCvSearchable = citizenAction({ schema: searchableSchema, access: "citizen" }, async ({ searchable }, { citizen }) => {
  try {
    await setSearchable({ citizenId: citizen.citizenId, searchable });
  } catch (error) {
    if (!(error instanceof CvNotSearchableError)) throw error;
    refuseInput(422);
    return {
      status: "error" as const,
      fieldErrors: Object.fromEntries(error.missing.map((missing) => [missing, [neededMessage[missing]]])),
      values: { searchable: "on" as const },
    };
  }
  refresh();
  return { status: "ok" as const, data: { searchable } };
});
