/**
 * Who may use each staff page, staff action and API endpoint. The authorization tests are
 * generated from this one table, and they fail when a page, action or endpoint exists that
 * the table does not name — so a new route cannot be left out silently.
 */
export const roles = ["anonymous", "citizen", "support", "caseworker", "editor", "api-client", "revoked-api-client"] as const;
export type Role = (typeof roles)[number];

const anyStaff: Role[] = ["support", "caseworker", "editor"];

/** Staff pages, by their Danish path; a `[segment]` stands for any id. */
export const staffPages: { path: string; allow: Role[] | "everyone" }[] = [
  { path: "/medarbejder", allow: anyStaff },
  { path: "/medarbejder/log-ind", allow: "everyone" },
  { path: "/medarbejder/ingen-adgang", allow: "everyone" },
  { path: "/medarbejder/support", allow: ["support"] },
  { path: "/medarbejder/support/borger/[citizenId]", allow: ["support"] },
  { path: "/medarbejder/jobcenter", allow: ["caseworker"] },
  { path: "/medarbejder/jobcenter/borger/[citizenId]", allow: ["caseworker"] },
  { path: "/medarbejder/redaktion", allow: ["editor"] },
  { path: "/medarbejder/redaktion/gule-sedler/ny", allow: ["editor"] },
  { path: "/medarbejder/redaktion/gule-sedler/[noteId]", allow: ["editor"] },
  { path: "/medarbejder/redaktion/gule-sedler/[noteId]/forhaandsvisning", allow: ["editor"] },
  { path: "/medarbejder/redaktion/faq/ny", allow: ["editor"] },
  { path: "/medarbejder/redaktion/faq/[entryId]", allow: ["editor"] },
  { path: "/medarbejder/redaktion/faq/[entryId]/forhaandsvisning", allow: ["editor"] },
];

/** The server actions of the staff tools: the exports of lib/staff, lib/contacts and lib/content actions.ts. */
export const staffActions: { name: string; allow: Role[] | "everyone" }[] = [
  { name: "findCitizenForJobcenter", allow: ["caseworker"] },
  { name: "createProfileForCitizen", allow: ["caseworker"] },
  { name: "changeBrugerkodeFlag", allow: ["caseworker"] },
  { name: "findCitizenForSupport", allow: ["support"] },
  { name: "resetPassword", allow: ["support"] },
  { name: "handleSupportRequest", allow: ["support"] },
  { name: "addContactPersonAction", allow: ["caseworker"] },
  { name: "removeContactPersonAction", allow: ["caseworker"] },
  { name: "saveYellowNoteAction", allow: ["editor"] },
  { name: "changeYellowNoteStatus", allow: ["editor"] },
  { name: "restoreYellowNoteVersion", allow: ["editor"] },
  { name: "saveFaqEntryAction", allow: ["editor"] },
  { name: "changeFaqEntryStatus", allow: ["editor"] },
  { name: "restoreFaqEntryVersion", allow: ["editor"] },
  // Ends the caller's own staff session, if any; there is nothing to protect.
  { name: "logOutStaff", allow: "everyone" },
];

/** The PersonAdminService API. */
export const apiEndpoints: { method: "GET" | "POST" | "PUT"; path: string; allow: Role[] | "everyone" }[] = [
  { method: "POST", path: "/api/v1/borgere", allow: ["api-client"] },
  { method: "POST", path: "/api/v1/borgere/opslag", allow: ["api-client"] },
  { method: "PUT", path: "/api/v1/borgere/brugerkodeflag", allow: ["api-client"] },
  // The API's description is public, so systems can be built against it.
  { method: "GET", path: "/api/v1/openapi.json", allow: "everyone" },
];

/** A page's address with every `[segment]` filled in with an id that matches nothing. */
export function concretePath(path: string): string {
  return path.replace(/\[\w+\]/g, "00000000-0000-4000-8000-000000000000");
}

export function allows(allow: Role[] | "everyone", role: Role): boolean {
  return allow === "everyone" || allow.includes(role);
}
