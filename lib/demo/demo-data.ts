/** SPEC's demo data set. Tests may rely on it; the development database is seeded with it. */

export const DEMO_PASSWORD = "Jobnet-Demo-2022";

/** Every demo citizen belongs to Jobcenter København, Jens Jobcenter's, unless they say otherwise. */
export const DEMO_JOBCENTER = "Jobcenter København";

type DemoCitizen = {
  name: string;
  cpr: string;
  contactGroup: "dagpengemodtager" | "fleksjobansat" | "uddannelseshjaelpsmodtager" | "ressourceforloeb" | "kontanthjaelpsmodtager" | "oevrige";
  profile: "mitid" | "jobcenter" | null;
  /** Their municipality's jobcenter, when it is not DEMO_JOBCENTER. */
  jobcenter?: string;
  /** When the citizen last logged in with MitID/NemID, in days before seeding; null for never. */
  lastMitidLoginDaysAgo: number | null;
  /**
   * Brugerkoder: whether the flag is set now, and whether it was removed when the citizen
   * chose MitID (rather than never having been set, as before the release).
   */
  brugerkode?: { username: string; flagged: boolean; removedForMitid?: boolean };
  /** The people helping the citizen, as the jobcenter registered them (R2.2). */
  contacts?: DemoContact[];
};

type DemoContact = {
  role: "caseworker" | "mentor" | "akasse";
  name: string;
  organisation?: string;
  /** E.164. */
  phone?: string;
  email?: string;
};

export const demoCitizens: DemoCitizen[] = [
  {
    name: "Anna Andersen",
    cpr: "0101901111",
    contactGroup: "dagpengemodtager",
    profile: "mitid",
    lastMitidLoginDaysAgo: 3,
    contacts: [
      { role: "caseworker", name: "Jens Jobcenter", organisation: "Jobcenter København", phone: "+4570123456", email: "jens.jobcenter@kk.example.dk" },
      { role: "mentor", name: "Mette Mentor", organisation: "Jobcenter København", phone: "+4512345678", email: "mette.mentor@example.dk" },
    ],
  },
  {
    name: "Bent Brugerkode",
    cpr: "0202802222",
    contactGroup: "oevrige",
    profile: "jobcenter",
    lastMitidLoginDaysAgo: null,
    brugerkode: { username: "bent.brugerkode", flagged: true },
  },
  {
    name: "Birthe Brugerkode",
    cpr: "0303753333",
    contactGroup: "oevrige",
    profile: "jobcenter",
    lastMitidLoginDaysAgo: null,
    brugerkode: { username: "birthe.brugerkode", flagged: true },
  },
  { name: "Carl Ny", cpr: "0404954444", contactGroup: "oevrige", profile: null, lastMitidLoginDaysAgo: null },
  {
    name: "Dorte Fleks",
    cpr: "0505855555",
    contactGroup: "fleksjobansat",
    profile: "mitid",
    lastMitidLoginDaysAgo: 10,
    // Beyond SPEC's table: a mentor the jobcenter has no contact details for, shown as such.
    contacts: [
      { role: "mentor", name: "Morten Mentor", organisation: "Mentorhuset" },
      { role: "akasse", name: "Asta A-kasse", organisation: "Fagforeningernes A-kasse", email: "asta@akasse.example.dk" },
    ],
  },
  { name: "Emil Ung", cpr: "0606026666", contactGroup: "uddannelseshjaelpsmodtager", profile: "mitid", lastMitidLoginDaysAgo: 20 },
  { name: "Frida Ressource", cpr: "0707777777", contactGroup: "ressourceforloeb", profile: "mitid", lastMitidLoginDaysAgo: 40 },
  // Beyond SPEC's table: a citizen whose brugerkoder stopped working when she logged in
  // with MitID, so the data covers an unflagged brugerkode user as well.
  {
    name: "Gitte Gammelkode",
    cpr: "0808668888",
    contactGroup: "oevrige",
    profile: "jobcenter",
    lastMitidLoginDaysAgo: 60,
    brugerkode: { username: "gitte.gammelkode", flagged: false, removedForMitid: true },
  },
  // Two citizens as the release found them, for the conversion (R1.1c): Henrik has
  // brugerkoder and never used MitID (he gets the flag); Ida has the flag but has logged in
  // with MitID (she loses it).
  {
    name: "Henrik Hansen",
    cpr: "0909449999",
    // The one citizen of another jobcenter, so a caseworker's reach can be tested.
    jobcenter: "Jobcenter Aarhus",
    contactGroup: "kontanthjaelpsmodtager",
    profile: "jobcenter",
    lastMitidLoginDaysAgo: null,
    brugerkode: { username: "henrik.hansen", flagged: false },
  },
  {
    name: "Ida Iversen",
    cpr: "1010551010",
    contactGroup: "dagpengemodtager",
    profile: "jobcenter",
    lastMitidLoginDaysAgo: 5,
    brugerkode: { username: "ida.iversen", flagged: true },
  },
];

type DemoStaff = {
  name: string;
  email: string;
  mitidUuid: string;
  jobcenter: string | null;
  roles: ("support" | "caseworker" | "editor")[];
};

export const demoStaff: DemoStaff[] = [
  {
    name: "Sofie Support",
    email: "sofie.support@jobnet.example.dk",
    mitidUuid: "5a0f6c1e-2b1d-4c39-9a53-0d1a2f7e0001",
    jobcenter: null,
    roles: ["support"],
  },
  {
    name: "Jens Jobcenter",
    email: "jens.jobcenter@kk.example.dk",
    mitidUuid: "5a0f6c1e-2b1d-4c39-9a53-0d1a2f7e0002",
    jobcenter: "Jobcenter København",
    roles: ["caseworker"],
  },
  {
    name: "Rikke Redaktør",
    email: "rikke.redaktoer@jobnet.example.dk",
    mitidUuid: "5a0f6c1e-2b1d-4c39-9a53-0d1a2f7e0003",
    jobcenter: null,
    roles: ["editor"],
  },
];
