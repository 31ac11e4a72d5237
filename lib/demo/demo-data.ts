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
  /** Dagpengetælleren's figures (R1.7), reported on the 11th of the month (see `dagpengeReportDay`). */
  dagpenge?: { hoursUsed: number; hoursLeft: number; hoursTowardNewPeriod: number; hoursForNewPeriod: number };
  /** An unfinished preparation questionnaire (R3.1), started this many months before seeding, with these answers. */
  forberedelsesskemaDraft?: { startedMonthsAgo: number; answers: Record<string, string> };
  /** The CV (R3.3): `Jeg søger job som` by Danish title, and `Ansættelsesbetingelser` when filled. */
  cv?: DemoCv;
  /** `Få besked på SMS og/eller e-mail` (R1.7): a verified e-mail address and which notices go to it. */
  notifications?: { email: string; jobagentEmail: boolean; beskedEmail: boolean };
  /** Joblog entries (R3.2), applied this many days before seeding; `fromSpecialAd` makes the entry from SPEC's special-character ad. */
  joblog?: DemoJoblogEntry[];
  /** Job agents (R3.4) by Danish title, matched against the demo ads when seeded; last opened the day before seeding. */
  jobAgents?: { titles: string[]; frequency: "daily" | "weekly" }[];
};

type DemoCv = {
  wantedTitles: string[];
  conditions?: {
    hours: "fuldtid" | "deltid" | "begge";
    employment: "fast" | "tidsbegraenset" | "begge";
    regions: ("hovedstaden" | "sjaelland" | "syddanmark" | "midtjylland" | "nordjylland")[];
  };
  email?: string;
  phone?: string;
  searchable: boolean;
  experience?: { title: string; employer: string; from: string; to: string; description: string }[];
  education?: { title: string; institution: string; completed: string }[];
  languages?: { language: string; level: "modersmaal" | "flydende" | "godt" | "grundlaeggende" }[];
  drivingLicences?: string[];
};

type DemoJoblogEntry = {
  daysAgo: number;
  status: "planlagt" | "sendt" | "samtale" | "afslag" | "tilbud";
  kind: "ansoegning" | "uopfordret" | "netvaerk" | "andet";
  note: string;
} & ({ fromSpecialAd: true } | { fromSpecialAd?: false; title: string; employer: string; street: string; postcode: string; city: string });

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
    // Her job agent's digests go to her verified e-mail, so npm start shows them in the mail catcher.
    notifications: { email: "anna.andersen@example.dk", jobagentEmail: true, beskedEmail: false },
    // Dagpengetælleren (R1.7): a period of 3848 hours, 1110.5 used; 296 of 1924 hours toward a new one.
    dagpenge: { hoursUsed: 1110.5, hoursLeft: 2737.5, hoursTowardNewPeriod: 296, hoursForNewPeriod: 1924 },
    contacts: [
      { role: "caseworker", name: "Jens Jobcenter", organisation: "Jobcenter København", phone: "+4570123456", email: "jens.jobcenter@kk.example.dk" },
      { role: "mentor", name: "Mette Mentor", organisation: "Jobcenter København", phone: "+4512345678", email: "mette.mentor@example.dk" },
    ],
    jobAgents: [{ titles: ["Analytiker, data og analyse"], frequency: "daily" }],
    cv: {
      wantedTitles: ["Analytiker, data og analyse"],
      conditions: { hours: "fuldtid", employment: "fast", regions: ["hovedstaden", "sjaelland"] },
      email: "anna.andersen@example.dk",
      searchable: true,
      experience: [
        {
          title: "Dataanalytiker",
          employer: "Region Hovedstaden",
          from: "2019-03",
          to: "2025-10",
          description: "Rapporter og dashboards om ventetider; SQL, Python og Power BI.",
        },
      ],
      education: [{ title: "Cand.scient. i statistik", institution: "Københavns Universitet", completed: "2016" }],
      languages: [
        { language: "Dansk", level: "modersmaal" },
        { language: "Engelsk", level: "flydende" },
      ],
      drivingLicences: ["B"],
    },
    joblog: [
      {
        daysAgo: 2,
        status: "sendt",
        kind: "ansoegning",
        note: "Sendt via virksomhedens side – svar forventes i uge 50.",
        title: "Analytiker, data og analyse",
        employer: "Danmarks Statistik & Co.",
        street: "Sejrøgade 11",
        postcode: "2100",
        city: "København Ø",
      },
      { daysAgo: 9, status: "samtale", kind: "netvaerk", note: "Kontakt via tidligere kollega <3 – samtale aftalt.", fromSpecialAd: true },
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
    // Fleksjobansat: no Ansættelsesbetingelser (she cannot edit them), not yet searchable (R3.3).
    cv: { wantedTitles: ["Kontorassistent"], phone: "+4522334455", searchable: false, languages: [{ language: "Dansk", level: "modersmaal" }] },
  },
  { name: "Emil Ung", cpr: "0606026666", contactGroup: "uddannelseshjaelpsmodtager", profile: "mitid", lastMitidLoginDaysAgo: 20 },
  {
    name: "Frida Ressource",
    cpr: "0707777777",
    contactGroup: "ressourceforloeb",
    profile: "mitid",
    lastMitidLoginDaysAgo: 40,
    // Kept by the purge: in ressourceforløb a draft is kept for 10 years.
    forberedelsesskemaDraft: { startedMonthsAgo: 7, answers: { "forventet-job": "over-6-maaneder", ansoegninger: "ingen", soegemaade: "netvaerk" } },
  },
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
    // Deleted by the purge: a dagpengemodtager's draft is kept for 6 months.
    forberedelsesskemaDraft: { startedMonthsAgo: 7, answers: { "forventet-job": "1-3-maaneder", ansoegninger: "6-10" } },
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

/**
 * The day Dagpengetælleren's demo figures are dated (R1.7, "opdateret"): the 11th of the
 * current month in Danish time, or of the month before while the 11th is still to come.
 * Returned as `yyyy-mm-dd`.
 */
export function dagpengeReportDay(now: Date): string {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number);
  const reported = day >= 11 ? new Date(Date.UTC(year, month - 1, 11)) : new Date(Date.UTC(year, month - 2, 11));
  return reported.toISOString().slice(0, 10);
}

/** The day a dagpengeperiode with `hoursLeft` left on `reportedOn` is expected to end, at 37 hours a week. */
export function expectedPeriodEnd(reportedOn: string, hoursLeft: number): string {
  const end = new Date(`${reportedOn}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + Math.ceil(hoursLeft / 37) * 7);
  return end.toISOString().slice(0, 10);
}

/** `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
}
