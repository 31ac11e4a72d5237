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
  { path: "/medarbejder/redaktion/[kind]/ny", allow: ["editor"] },
  { path: "/medarbejder/redaktion/[kind]/[id]", allow: ["editor"] },
  { path: "/medarbejder/redaktion/[kind]/[id]/forhaandsvisning", allow: ["editor"] },
];

/** The server actions of the staff tools: the exports of the files in actionModules.staff. */
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
  // Plans (R4.1): a caseworker's, for citizens of their own jobcenter (checked in the data functions).
  { name: "createPlanAction", allow: ["caseworker"] },
  { name: "savePlanDraftAction", allow: ["caseworker"] },
  { name: "publishPlanAction", allow: ["caseworker"] },
  { name: "deletePlanStoettebehovAction", allow: ["caseworker"] },
  // Ends the caller's own staff session, if any; there is nothing to protect.
  { name: "logOutStaff", allow: "everyone" },
];

/**
 * Every file of server actions (`"use server"`), by whom its actions are for. The citizen and
 * staff authorization tests import exactly these, and a test finds every such file in the
 * project and fails on one that is not named here.
 */
export const actionModules = {
  citizen: [
    "lib/login/actions.ts",
    "lib/identity/actions.ts",
    "lib/support/actions.ts",
    "lib/forberedelsesskema/actions.ts",
    "lib/joblog/actions.ts",
    "lib/cv/actions.ts",
    "lib/jobagents/actions.ts",
    "lib/notifications/actions.ts",
    "lib/sygdom/actions.ts",
    "lib/tilmelding/actions.ts",
  ],
  staff: [
    "lib/staff/actions.ts",
    "lib/identity/staff-actions.ts",
    "lib/support/staff-actions.ts",
    "lib/contacts/actions.ts",
    "lib/content/actions.ts",
    "lib/plans/actions.ts",
  ],
} as const;

/** The PersonAdminService API. */
export const apiEndpoints: { method: "GET" | "POST" | "PUT"; path: string; allow: Role[] | "everyone" }[] = [
  { method: "POST", path: "/api/v1/borgere", allow: ["api-client"] },
  { method: "POST", path: "/api/v1/borgere/opslag", allow: ["api-client"] },
  { method: "PUT", path: "/api/v1/borgere/brugerkodeflag", allow: ["api-client"] },
  // The API's description is public, so systems can be built against it.
  { method: "GET", path: "/api/v1/openapi.json", allow: "everyone" },
];

/** A page's address with every `[segment]` filled in with an id that matches nothing. */
const NO_ONES_ID = "00000000-0000-4000-8000-000000000000";

export function concretePath(path: string): string {
  // A kind of content (lib/content/kinds.ts) is a word in the address; every other parameter an id.
  return path.replace("[kind]", "gule-sedler").replace(/\[\w+\]/g, NO_ONES_ID);
}

/** Whether the concrete address names an id that matches no one (the page then answers 404). */
export function namesNoOne(path: string): boolean {
  return concretePath(path).includes(NO_ONES_ID);
}

export function allows(allow: Role[] | "everyone", role: Role): boolean {
  return allow === "everyone" || allow.includes(role);
}

/** Who may call a citizen-facing action: nobody logged in, a logged-in citizen, or one who must first replace a one-time password. */
export const citizenRoles = ["anonymous", "citizen", "citizen-with-one-time-password"] as const;
export type CitizenRole = (typeof citizenRoles)[number];

/** The server actions citizens use: every export of lib/auth, lib/identity and lib/support actions.ts. */
export const citizenActions: { name: string; allow: CitizenRole[] | "everyone" }[] = [
  // Ends the caller's own session, if any.
  { name: "logOut", allow: "everyone" },
  // These three act on a pending MitID login held in an HttpOnly cookie, not on a session.
  { name: "continueWithMitid", allow: "everyone" },
  { name: "chooseBrugerkoder", allow: "everyone" },
  { name: "createProfile", allow: "everyone" },
  // The special support request (R1.8) is for citizens who cannot log in.
  { name: "sendSupportRequest", allow: "everyone" },
  { name: "keepSessionAlive", allow: ["citizen"] },
  { name: "deleteMyAccess", allow: ["citizen"] },
  { name: "chooseNewPassword", allow: ["citizen-with-one-time-password"] },
  // The preparation questionnaire (R3.1): the citizen's own.
  { name: "saveForberedelsesskemaAnswer", allow: ["citizen"] },
  { name: "sendForberedelsesskema", allow: ["citizen"] },
  // The joblog (R3.2): the citizen's own entries; another citizen's entry id is not found.
  { name: "createJoblogEntryAction", allow: ["citizen"] },
  { name: "editJoblogEntryAction", allow: ["citizen"] },
  { name: "deleteJoblogEntryAction", allow: ["citizen"] },
  { name: "restoreJoblogEntryAction", allow: ["citizen"] },
  { name: "saveJobAdToJoblog", allow: ["citizen"] },
  // The CV (R3.3): the citizen's own, from the session.
  { name: "changeCvWantedTitle", allow: ["citizen"] },
  { name: "addCvExperience", allow: ["citizen"] },
  { name: "removeCvExperience", allow: ["citizen"] },
  { name: "addCvEducation", allow: ["citizen"] },
  { name: "removeCvEducation", allow: ["citizen"] },
  { name: "addCvLanguage", allow: ["citizen"] },
  { name: "removeCvLanguage", allow: ["citizen"] },
  { name: "saveCvDrivingLicences", allow: ["citizen"] },
  { name: "saveCvConditions", allow: ["citizen"] },
  { name: "saveCvContactDetails", allow: ["citizen"] },
  { name: "setCvSearchable", allow: ["citizen"] },
  // Job agents (R3.4): the citizen's own agents; another citizen's agent id is not found.
  { name: "createJobAgentAction", allow: ["citizen"] },
  { name: "editJobAgentAction", allow: ["citizen"] },
  { name: "deleteJobAgentAction", allow: ["citizen"] },
  // `Få besked på SMS og/eller e-mail` (R1.7): the citizen's own settings, from the session.
  { name: "requestNotificationCode", allow: ["citizen"] },
  { name: "confirmNotificationCode", allow: ["citizen"] },
  { name: "removeNotificationAddressAction", allow: ["citizen"] },
  { name: "saveNotificationChoicesAction", allow: ["citizen"] },
  // The links in notices work without login: the citizen is the one the signed token names.
  { name: "saveNotificationChoicesByLink", allow: "everyone" },
  { name: "unsubscribeByLink", allow: "everyone" },
  { name: "keepJobAgentByLink", allow: "everyone" },
  // `Meld syg/rask` (R4.2): the citizen's own reports, from the session.
  { name: "reviewSygdomReport", allow: ["citizen"] },
  { name: "confirmSygdomReport", allow: ["citizen"] },
  // `Tilmelding` (R1.7): the citizen's own registration, from the session.
  { name: "saveTilmeldingFirstDayAction", allow: ["citizen"] },
  { name: "saveTilmeldingAkasseAction", allow: ["citizen"] },
  { name: "saveTilmeldingContactAction", allow: ["citizen"] },
  { name: "sendTilmeldingAction", allow: ["citizen"] },
];

export function citizenAllows(allow: CitizenRole[] | "everyone", role: CitizenRole): boolean {
  return allow === "everyone" || allow.includes(role);
}

/**
 * Whose data each staff role reaches, checked inside the data functions themselves
 * (lib/identity/scope.ts), whatever page or action calls them. Citizens belong to their
 * municipality's jobcenter (the demo data: Jobcenter København, Henrik Hansen Jobcenter Aarhus).
 */
export const citizenReach: Record<"support" | "caseworker" | "editor", "every citizen" | "own jobcenter" | "no citizen"> = {
  support: "every citizen",
  caseworker: "own jobcenter",
  editor: "no citizen",
};

/**
 * Every exported data function of the domains that hold one citizen's data, and who it
 * serves. `scoped` ones check the caller's reach themselves; the others say why they need not.
 */
export const citizenDataFunctions: Record<string, "scoped" | string> = {
  findCitizenIdByCpr: "scoped",
  findCitizenIdByUsername: "scoped",
  getCitizenAdminOverview: "scoped",
  listCitizenAuditEntries: "scoped",
  listContactPersons: "scoped",
  setBrugerkodeFlag: "scoped",
  createProfileWithBrugerkoder: "scoped",
  issueOneTimePassword: "scoped",
  addContactPerson: "scoped",
  removeContactPerson: "scoped",
  findCitizenForMitidLogin: "the login itself, for the identity MitID vouched for",
  findBrugerkodeForLogin: "the login itself, for the username typed",
  recordBrugerkodeLogin: "the login itself",
  recordBrugerkodeFailure: "the login itself",
  getProfileOverview: "the logged-in citizen's own profile (the session's citizen id)",
  getBrugerkodeUsername: "the logged-in citizen's own username (the session's citizen id)",
  getAccessDeletionReceipt: "the citizen's own receipt: the citizen id and the reference must match",
  removeBrugerkodeFlagByCitizen: "the citizen's own choice of MitID, from their pending login",
  createProfileWithMitid: "the citizen's own profile, from their pending login",
  deleteAccess: "the logged-in citizen's own access (the session's citizen id)",
  changeOwnPassword: "the logged-in citizen's own password; it checks the one-time state or the current password",
  convertBrugerkodeFlags: "the release conversion, run by operators",
  registerCitizenAtJobcenter: "the PersonAdminService, for authenticated jobcenter systems",
  readSubmittedForberedelsesskema: "scoped",
  getForberedelsesskema: "the logged-in citizen's own questionnaire (the session's citizen id)",
  getForberedelsesskemaReceipt: "the logged-in citizen's own receipt (the session's citizen id)",
  saveAnswer: "the logged-in citizen's own draft; it checks the citizen's contact group itself",
  submitForberedelsesskema: "the logged-in citizen's own draft; it checks the citizen's contact group itself",
  purgeExpiredDrafts: "the scheduled retention purge (R3.1), run by the portal's job queue, no person acting",
  getDagpengeFigures: "the logged-in citizen's own figures (the session's citizen id)",
  readJoblogForCaseworker: "scoped",
  listJoblogEntries: "the logged-in citizen's own joblog (the session's citizen id)",
  getJoblogEntry: "the logged-in citizen's own entry: another citizen's is not found, and the attempt logged",
  getRecentlyDeletedJoblogEntry: "the logged-in citizen's own deleted entry: another citizen's is not found, and the attempt logged",
  findJoblogEntryForJobAd: "the logged-in citizen's own entries (the session's citizen id)",
  countJoblogEntriesInWeek: "the logged-in citizen's own joblog, for their overview (the session's citizen id)",
  createJoblogEntry: "the logged-in citizen's own joblog (the session's citizen id)",
  createJoblogEntryFromJobAd: "the logged-in citizen's own joblog (the session's citizen id); job ads are public",
  editJoblogEntry: "the logged-in citizen's own entry: another citizen's is not found, and the attempt logged",
  deleteJoblogEntry: "the logged-in citizen's own entry: another citizen's is not found, and the attempt logged",
  restoreJoblogEntry: "the logged-in citizen's own entry: another citizen's is not found, and the attempt logged",
  getCv: "the logged-in citizen's own CV (the session's citizen id)",
  addWantedTitle: "the logged-in citizen's own CV (the session's citizen id)",
  removeWantedTitle: "the logged-in citizen's own CV (the session's citizen id)",
  addExperience: "the logged-in citizen's own CV (the session's citizen id)",
  removeExperience: "the logged-in citizen's own CV; an entry id is looked for in that CV only",
  addEducation: "the logged-in citizen's own CV (the session's citizen id)",
  removeEducation: "the logged-in citizen's own CV; an entry id is looked for in that CV only",
  addLanguage: "the logged-in citizen's own CV (the session's citizen id)",
  removeLanguage: "the logged-in citizen's own CV; an entry id is looked for in that CV only",
  saveDrivingLicences: "the logged-in citizen's own CV (the session's citizen id)",
  saveConditions: "the logged-in citizen's own CV; it checks the citizen's contact group itself",
  saveContactDetails: "the logged-in citizen's own CV (the session's citizen id)",
  setSearchable: "the logged-in citizen's own CV; it checks the citizen's contact group itself",
  listJobAgents: "the logged-in citizen's own job agents (the session's citizen id)",
  getJobAgent: "the logged-in citizen's own agent: another citizen's is not found, and the attempt logged",
  listJobAgentMatches: "the logged-in citizen's own agent: another citizen's is not found, and the attempt logged",
  countNewJobAgentMatches: "the logged-in citizen's own job agents, for their overview (the session's citizen id)",
  createJobAgent: "the logged-in citizen's own job agents (the session's citizen id)",
  editJobAgent: "the logged-in citizen's own agent: another citizen's is not found, and the attempt logged",
  deleteJobAgent: "the logged-in citizen's own agent: another citizen's is not found, and the attempt logged",
  markJobAgentSeen: "the logged-in citizen's own agent: another citizen's is not found, and the attempt logged",
  markJobAgentsUsed: "the logged-in citizen's own job agents (the session's citizen id)",
  keepJobAgentAlive:
    "the agent named by a signed jobagent-keep link from its own e-mail, posted from the link's page; it changes only the agent's activity time",
  isJobAgentKeepLinkValid: "only says whether a signed jobagent-keep link names an agent that exists; reads nothing else",
  matchJobAgents: "the scheduled matching of job agents (R3.4), run by the portal's job queue, no person acting",
  sendJobAgentDigests: "the scheduled job-agent digests (R3.4), run by the portal's job queue, no person acting",
  jobAgentHousekeeping: "the scheduled job-agent housekeeping (R3.4), run by the portal's job queue, no person acting",
  getNotificationSettings: "the logged-in citizen's own settings (the session's citizen id), or the citizen a signed settings link names",
  requestVerificationCode: "the logged-in citizen's own settings (the session's citizen id)",
  confirmVerificationCode: "the logged-in citizen's own settings (the session's citizen id)",
  removeNotificationAddress: "the logged-in citizen's own settings (the session's citizen id)",
  saveNotificationChoices: "the logged-in citizen's own settings (the session's citizen id), or the citizen a signed settings link names",
  unsubscribeFromTopic: "the citizen a signed unsubscribe link names",
  claimOutboxMessages: "the scheduled sending of the outbox (outbox-send) and the prompt sending of a code just queued, no person acting",
  renewOutboxLease: "the sender's own claim on one outbox message it is about to hand over, no person acting",
  recordOutboxOutcome: "the sender's own claim on one outbox message it handed over, no person acting",
  countDueOutboxMessages: "a count of due outbox messages for a dry run of outbox-send, no person's data",
  cleanOutboxRows: "the scheduled outbox housekeeping (outbox-housekeeping), run by the portal's job queue, no person acting",
  readSygdomReportsForCaseworker: "scoped",
  getSygdomStatus: "the logged-in citizen's own sick and well reports (the session's citizen id)",
  getSygdomReceipt: "the logged-in citizen's own receipt: another citizen's reference is not found, and the attempt logged",
  reportSygdom: "the logged-in citizen's own report (the session's citizen id)",
  // Min beskedbakke (R4.1): a message is sent by the jobcenter's change that causes it.
  sendBesked: "scoped",
  listPlansForCaseworker: "scoped",
  createPlan: "scoped",
  savePlanDraft: "scoped",
  publishPlanDraft: "scoped",
  deletePlanStoettebehov: "scoped",
  listCurrentPlans: "the logged-in citizen's own published plans (the session's citizen id)",
  listPlanHistory: "the logged-in citizen's own earlier plan versions (the session's citizen id)",
  listPlanDocuments: "the logged-in citizen's own documents (the session's citizen id)",
  getPlanDocument: "the logged-in citizen's own document: another citizen's is not found, and the attempt logged",
  listBeskederForCaseworker: "scoped",
  listBeskeder: "the logged-in citizen's own messages (the session's citizen id)",
  countUnreadBeskeder: "the logged-in citizen's own messages, for their menu and overview (the session's citizen id)",
  openBesked: "the logged-in citizen's own message: another citizen's is not found, and the attempt logged",
  readTilmeldingForCaseworker: "scoped",
  getTilmelding: "the logged-in citizen's own registration (the session's citizen id)",
  getTilmeldingReceipt: "the logged-in citizen's own receipt (the session's citizen id)",
  getTilmeldingContactSuggestion: "the logged-in citizen's own CV and notification settings (the session's citizen id)",
  saveTilmeldingFirstDay: "the logged-in citizen's own draft (the session's citizen id)",
  saveTilmeldingAkasse: "the logged-in citizen's own draft (the session's citizen id)",
  saveTilmeldingContact: "the logged-in citizen's own draft (the session's citizen id)",
  sendTilmelding: "the logged-in citizen's own draft (the session's citizen id); sending twice sends once",
};
