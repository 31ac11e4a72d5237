import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  citizens,
  cvs,
  cvVersions,
  type ContactGroup,
  type Cv,
  type CvChange,
  type CvEducation,
  type CvExperience,
  type CvLanguage,
  type CvSnapshot,
} from "@/db/schema";
import { toE164 } from "@/lib/contacts/phone";
import { AppError, ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { findOccupationTitle } from "@/lib/jobsearch/occupations";
import { CV_DRIVING_LICENCES, MAX_CV_ENTRIES, MAX_WANTED_TITLES } from "./options";
import { citizenFillsConditions, cvSearchState, hasContactDetails, missingForSearchable, type SearchableMissing } from "./searchable";

// Every change of a citizen's CV (R3.3). Each function takes the logged-in citizen's id (from
// the session, never from a form) and changes that citizen's CV only, in one transaction that
// also keeps the change as a version; a refused change writes nothing. What the citizen may do
// is decided from their contact group as the database holds it inside that transaction.

/** The CV cannot be made searchable yet: `missing` says what to fill in first (422). */
export class CvNotSearchableError extends AppError {
  constructor(readonly missing: SearchableMissing[]) {
    super(422, "cv.errors.notSearchableYet", "the CV lacks what a searchable CV needs");
  }
}

/** The entry to remove is not (or no longer) on the citizen's CV (404). */
class EntryGoneError extends AppError {
  constructor() {
    super(404, "cv.errors.entryGone", "not on the citizen's CV");
  }
}

function snapshotOf(cv: Cv): CvSnapshot {
  const { citizenId: _citizen, version: _version, updatedAt: _updated, ...snapshot } = cv;
  return snapshot;
}

/**
 * Runs one change of the citizen's CV: makes the CV if the citizen has none, locks it and the
 * citizen's contact group for the transaction, lets `change` work out what to set (null: nothing
 * to change, no version), saves it with the next version number and keeps that version.
 */
async function changeCv(
  citizenId: string,
  kind: CvChange,
  change: (cv: Cv, contactGroup: ContactGroup) => Partial<CvSnapshot> | null,
  now = new Date(),
): Promise<Cv> {
  return db().transaction(async (tx) => {
    // FOR SHARE: the jobcenter cannot change the contact group while this change depends on it.
    const [citizen] = await tx.select({ contactGroup: citizens.contactGroup }).from(citizens).where(eq(citizens.id, citizenId)).for("share");
    if (!citizen) throw new NotFoundError("citizen");
    await tx.insert(cvs).values({ citizenId }).onConflictDoNothing({ target: cvs.citizenId });
    const [cv] = await tx.select().from(cvs).where(eq(cvs.citizenId, citizenId)).for("update");
    const patch = change(cv, citizen.contactGroup);
    if (!patch) return cv;
    const version = cv.version + 1;
    const [saved] = await tx
      .update(cvs)
      .set({ ...patch, version, updatedAt: now })
      .where(eq(cvs.citizenId, citizenId))
      .returning();
    await tx.insert(cvVersions).values({ citizenId, version, change: kind, changedAt: now, snapshot: snapshotOf(saved) });
    return saved;
  });
}

/**
 * Adds an occupation title to `Jeg søger job som`, last in the list. A title already there is
 * left as it is. Throws AppError 422 for a code the taxonomy does not have, or when the list
 * already holds MAX_WANTED_TITLES titles.
 */
export async function addWantedTitle({ citizenId, code, now }: { citizenId: string; code: string; now?: Date }): Promise<void> {
  if (!findOccupationTitle(code)) throw new AppError(422, "cv.errors.titleUnknown", "not a title of the taxonomy");
  await changeCv(
    citizenId,
    "wanted_title_added",
    (cv) => {
      if (cv.wantedTitles.includes(code)) return null;
      if (cv.wantedTitles.length >= MAX_WANTED_TITLES) throw new AppError(422, "cv.errors.tooManyTitles", "too many titles");
      return { wantedTitles: [...cv.wantedTitles, code] };
    },
    now,
  );
}

/** Removes an occupation title from `Jeg søger job som`. Throws AppError 404 when it is not there. */
export async function removeWantedTitle({ citizenId, code, now }: { citizenId: string; code: string; now?: Date }): Promise<void> {
  await changeCv(
    citizenId,
    "wanted_title_removed",
    (cv) => {
      if (!cv.wantedTitles.includes(code)) throw new EntryGoneError();
      return { wantedTitles: cv.wantedTitles.filter((chosen) => chosen !== code) };
    },
    now,
  );
}

type EntryList = "experience" | "education" | "languages";
type EntryOf = { experience: CvExperience; education: CvEducation; languages: CvLanguage };
const addedChange = { experience: "experience_added", education: "education_added", languages: "language_added" } as const;
const removedChange = { experience: "experience_removed", education: "education_removed", languages: "language_removed" } as const;

async function addEntry<L extends EntryList>(citizenId: string, list: L, entry: Omit<EntryOf[L], "id">, now?: Date): Promise<EntryOf[L]> {
  const added = { ...entry, id: randomUUID() } as EntryOf[L];
  await changeCv(
    citizenId,
    addedChange[list],
    (cv) => {
      const entries = cv[list] as EntryOf[L][];
      if (entries.length >= MAX_CV_ENTRIES) throw new AppError(422, "cv.errors.tooManyEntries", "too many entries");
      return { [list]: [...entries, added] };
    },
    now,
  );
  return added;
}

async function removeEntry<L extends EntryList>(citizenId: string, list: L, id: string, now?: Date): Promise<EntryOf[L]> {
  let removed: EntryOf[L] | undefined;
  await changeCv(
    citizenId,
    removedChange[list],
    (cv) => {
      const entries = cv[list] as EntryOf[L][];
      removed = entries.find((entry) => entry.id === id);
      if (!removed) throw new EntryGoneError();
      return { [list]: entries.filter((entry) => entry.id !== id) };
    },
    now,
  );
  return removed!;
}

/** Adds a job to the citizen's experience, last. Throws AppError 422 when the CV already holds MAX_CV_ENTRIES jobs. */
export function addExperience({ citizenId, entry, now }: { citizenId: string; entry: Omit<CvExperience, "id">; now?: Date }): Promise<CvExperience> {
  return addEntry(citizenId, "experience", entry, now);
}

/** Removes a job from the citizen's experience and returns it. Throws AppError 404 when the citizen's CV has no such entry. */
export function removeExperience({ citizenId, id, now }: { citizenId: string; id: string; now?: Date }): Promise<CvExperience> {
  return removeEntry(citizenId, "experience", id, now);
}

/** Adds an education, last. Throws AppError 422 when the CV already holds MAX_CV_ENTRIES educations. */
export function addEducation({ citizenId, entry, now }: { citizenId: string; entry: Omit<CvEducation, "id">; now?: Date }): Promise<CvEducation> {
  return addEntry(citizenId, "education", entry, now);
}

/** Removes an education and returns it. Throws AppError 404 when the citizen's CV has no such entry. */
export function removeEducation({ citizenId, id, now }: { citizenId: string; id: string; now?: Date }): Promise<CvEducation> {
  return removeEntry(citizenId, "education", id, now);
}

/** Adds a language, last. Throws AppError 422 when the CV already holds MAX_CV_ENTRIES languages. */
export function addLanguage({ citizenId, entry, now }: { citizenId: string; entry: Omit<CvLanguage, "id">; now?: Date }): Promise<CvLanguage> {
  return addEntry(citizenId, "languages", entry, now);
}

/** Removes a language and returns it. Throws AppError 404 when the citizen's CV has no such entry. */
export function removeLanguage({ citizenId, id, now }: { citizenId: string; id: string; now?: Date }): Promise<CvLanguage> {
  return removeEntry(citizenId, "languages", id, now);
}

/** Saves the citizen's driving licences (any of CV_DRIVING_LICENCES, or none), in the licence's own order. */
export async function saveDrivingLicences({ citizenId, licences, now }: { citizenId: string; licences: readonly string[]; now?: Date }): Promise<void> {
  const chosen = CV_DRIVING_LICENCES.filter((category) => licences.includes(category));
  if (chosen.length !== new Set(licences).size) throw new AppError(400, "cv.errors.licenceUnknown", "not a driving licence category");
  await changeCv(citizenId, "driving_licences_saved", () => ({ drivingLicences: chosen }), now);
}

/**
 * Saves `Ansættelsesbetingelser`. Refused (ForbiddenError, 403) for a fleksjobvisiteret or
 * fleksjobansat citizen, whose conditions the jobcenter holds (lib/cv/searchable.ts). Returns
 * whether the CV is searchable after it: a CV the citizen made searchable that had stopped
 * counting as searchable after a change of contact group is searchable again once they are filled.
 */
export async function saveConditions({
  citizenId,
  conditions,
  now,
}: {
  citizenId: string;
  conditions: { hours: NonNullable<Cv["conditionsHours"]>; employment: NonNullable<Cv["conditionsEmployment"]>; regions: NonNullable<Cv["conditionsRegions"]> };
  now?: Date;
}): Promise<{ searchable: boolean }> {
  let contactGroupNow: ContactGroup | undefined;
  const saved = await changeCv(
    citizenId,
    "conditions_saved",
    (_cv, contactGroup) => {
      contactGroupNow = contactGroup;
      if (!citizenFillsConditions(contactGroup)) {
        log.warn("cv_conditions_denied", { citizenId, contactGroup });
        throw new ForbiddenError("cv.errors.conditionsByJobcenter", "the jobcenter holds this citizen's conditions");
      }
      return { conditionsHours: conditions.hours, conditionsEmployment: conditions.employment, conditionsRegions: [...new Set(conditions.regions)] };
    },
    now,
  );
  return { searchable: cvSearchState(contactGroupNow!, saved).state === "searchable" };
}

/**
 * Saves the e-mail address and phone number the CV shows (either may be empty; a phone number
 * is kept as E.164, Danish when it has no country code). While the citizen has chosen to make
 * the CV searchable, removing both is refused (ConflictError, 409): a searchable CV must show
 * a way to reach them.
 */
export async function saveContactDetails({ citizenId, email, phone, now }: { citizenId: string; email: string; phone: string; now?: Date }): Promise<void> {
  let e164 = "";
  try {
    e164 = phone ? toE164(phone) : "";
  } catch {
    throw new AppError(400, "cv.errors.phoneInvalid", "not a phone number");
  }
  await changeCv(
    citizenId,
    "contact_details_saved",
    (cv) => {
      if (cv.searchable && !hasContactDetails({ email, phone: e164 })) {
        throw new ConflictError("cv.errors.contactNeededWhileSearchable", "a searchable CV needs an e-mail or a phone number");
      }
      return { email, phone: e164 };
    },
    now,
  );
}

/**
 * `Gør mit CV søgbart`: turns the citizen's choice on or off. Turning it on is refused with
 * CvNotSearchableError (422, saying what is missing) unless the rule of lib/cv/searchable.ts
 * holds for the citizen's contact group now; turning it off is always allowed.
 */
export async function setSearchable({ citizenId, searchable, now }: { citizenId: string; searchable: boolean; now?: Date }): Promise<void> {
  await changeCv(
    citizenId,
    searchable ? "searchable_on" : "searchable_off",
    (cv, contactGroup) => {
      if (searchable) {
        const missing = missingForSearchable(contactGroup, cv);
        if (missing.length > 0) throw new CvNotSearchableError(missing);
      }
      return cv.searchable === searchable ? null : { searchable };
    },
    now,
  );
}
