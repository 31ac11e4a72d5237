import type { ContactGroup, Cv } from "@/db/schema";

// R3.3, the rule for a searchable CV, in one place. Everything that decides whether a CV may
// be or is searchable — the switch's action, the page, the overview, anything that one day
// shows CVs to employers — asks these functions, with the citizen's contact group as the
// database holds it now (never as a session or a form remembers it).
//
// What happens when the rule stops holding for a CV the citizen made searchable (the
// jobcenter moves a fleksjobansat citizen to another contact group, and the CV has no
// `Ansættelsesbetingelser`): the citizen's choice is kept, but the CV no longer counts as
// searchable — employers cannot find it — from that moment, with nothing to run and nothing
// to forget. The CV page and the Mit Jobnet overview say plainly that it is not searchable
// and what to fill in; once it is filled in, the CV is searchable again, as the citizen
// chose. The citizen can turn the choice off at any time. The other way (another group to
// fleks) only loosens the rule, so a searchable CV stays searchable.

/** The parts of a CV the rule reads. */
export type CvForRule = Pick<Cv, "conditionsHours" | "conditionsEmployment" | "conditionsRegions" | "email" | "phone">;

/**
 * The contact groups whose `Ansættelsesbetingelser` the jobcenter holds, not the citizen:
 * fleksjobvisiterede and fleksjobansatte. They cannot edit them, and can make the CV
 * searchable without them (the release note's 3.3).
 */
export const FLEKSJOB_GROUPS: readonly ContactGroup[] = ["fleksjobvisiteret", "fleksjobansat"];

/** Whether the citizen fills in their own `Ansættelsesbetingelser` (and must, before the CV can be searchable): every group but the fleksjob groups. */
export function citizenFillsConditions(contactGroup: ContactGroup): boolean {
  return !FLEKSJOB_GROUPS.includes(contactGroup);
}

/** Whether `Ansættelsesbetingelser` are filled in: hours, permanent or temporary, and at least one region. */
export function hasConditions(cv: Pick<CvForRule, "conditionsHours" | "conditionsEmployment" | "conditionsRegions"> | null): boolean {
  return Boolean(cv?.conditionsHours && cv.conditionsEmployment && cv.conditionsRegions && cv.conditionsRegions.length > 0);
}

/** Whether the CV shows a way to reach the citizen: an e-mail address or a phone number. */
export function hasContactDetails(cv: Pick<CvForRule, "email" | "phone"> | null): boolean {
  return Boolean(cv?.email || cv?.phone);
}

/**
 * What a CV can lack before it may be searchable: one of the three parts of
 * `Ansættelsesbetingelser` (for the groups that fill them), or a way to reach the citizen.
 */
export type SearchableMissing = "hours" | "employment" | "regions" | "contactDetails";

/**
 * What the CV lacks before it may be searchable for a citizen in `contactGroup`, in the order
 * the page shows it; empty when it may be searchable. No CV yet lacks everything it needs.
 */
export function missingForSearchable(contactGroup: ContactGroup, cv: CvForRule | null): SearchableMissing[] {
  const missing: SearchableMissing[] = [];
  if (citizenFillsConditions(contactGroup)) {
    if (!cv?.conditionsHours) missing.push("hours");
    if (!cv?.conditionsEmployment) missing.push("employment");
    if (!cv?.conditionsRegions?.length) missing.push("regions");
  }
  if (!hasContactDetails(cv)) missing.push("contactDetails");
  return missing;
}

/** Whether what is missing includes any part of `Ansættelsesbetingelser`. */
export function lacksConditions(missing: readonly SearchableMissing[]): boolean {
  return missing.some((part) => part !== "contactDetails");
}

/**
 * Where the CV stands: `searchable` (the citizen chose it and the rule holds: employers can
 * find it), `notSearchable` (the citizen has not chosen it), or `paused` (the citizen chose
 * it, but the rule no longer holds — after a change of contact group — so employers cannot
 * find it until `missing` is filled in).
 */
export type CvSearchState = { state: "searchable" | "notSearchable" | "paused"; missing: SearchableMissing[] };

/** The CV's searchable state for a citizen in `contactGroup` now (see CvSearchState). */
export function cvSearchState(contactGroup: ContactGroup, cv: (CvForRule & { searchable: boolean }) | null): CvSearchState {
  const missing = missingForSearchable(contactGroup, cv);
  if (!cv?.searchable) return { state: "notSearchable", missing };
  return { state: missing.length === 0 ? "searchable" : "paused", missing };
}
