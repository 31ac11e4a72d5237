// Citizens that only the browser tests use, loaded into their fresh database beside the
// demo data. A test that changes a citizen for good (removes a flag, locks a username)
// gets one of its own, so no test depends on what another left behind.
import { DEMO_JOBCENTER, DEMO_PASSWORD } from "@/lib/demo/demo-data";
import type { Database } from "@/db/client";
import {
  brugerkoder,
  citizens,
  cvs,
  forberedelsesskemaer,
  jobAgents,
  jobAgentTitles,
  jobnetProfiles,
  notificationSettings,
  tilmeldinger,
  type ContactGroup,
} from "@/db/schema";
import { questions } from "@/lib/forberedelsesskema/questions";
import { newReceiptReference } from "@/lib/receipts/reference";
import { hashPassword } from "@/lib/auth/password";
import { addDays, danishToday } from "@/lib/tilmelding/first-day";

export interface FixtureCitizen {
  name: string;
  cpr: string;
  username: string;
}

const flagged = (group: string, number: number, cprBase: number): FixtureCitizen => ({
  name: `Test ${group} ${number}`,
  cpr: String(cprBase + number).padStart(10, "0"),
  username: `${group.toLowerCase()}.${number}`,
});

/** Flagged brugerkode citizens, each for one test that continues with MitID (R1.4). */
export const warningCitizens = [1, 2, 3, 4].map((n) => flagged("Advarsel", n, 1111110000));
/** Flagged brugerkode citizens, each for one test that types wrong passwords. */
export const wrongPasswordCitizens = [1, 2, 3, 4].map((n) => flagged("Forkert", n, 1111110010));
/** A flagged brugerkode citizen whose username a test locks. */
export const lockCitizen = flagged("Laas", 1, 1111110020);
/** Flagged brugerkode citizens, each for one test in which support issues a new password. */
export const resetCitizens = [1, 2].map((n) => flagged("Nulstil", n, 1111110030));
/** Citizens with a MitID profile and no brugerkoder, each for one test in which a caseworker sets the flag. */
export const noCodesCitizens = [1, 2].map((n) => ({ ...flagged("Udenkoder", n, 1111110040), username: "" }));

/** Citizens with a MitID profile and no contact persons, each for one test in which a caseworker registers one. */
export const contactCitizens = [1, 2].map((n) => ({ ...flagged("Kontakt", n, 1111110050), username: "" }));

/** Dagpengemodtagere with a MitID profile and no questionnaire, each for one test that answers it (R3.1). */
export const questionnaireCitizens = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ ...flagged("Skema", n, 1111110060), username: "" }));
/** A dagpengemodtager who has sent the questionnaire (every question's first option), for the caseworker to read. */
export const submittedQuestionnaireCitizen = { ...flagged("Sendt", 1, 1111110070), username: "" };

/** Citizens with a MitID profile and an empty joblog, each for one joblog test (R3.2). */
export const joblogCitizens = [1, 2, 3, 4, 5, 6].map((n) => ({ ...flagged("Joblog", n, 1111110080), username: "" }));
/** Dagpengemodtagere without a CV, each for one test that adds and removes a title under `Jeg søger job som` (R3.3). */
export const cvTitleCitizens = [1, 2, 3].map((n) => ({ ...flagged("Cvtitel", n, 1111110200), username: "" }));
/** Dagpengemodtagere without a CV, each for one test that adds and removes experience, education and languages. */
export const cvEntryCitizens = [1, 2, 3].map((n) => ({ ...flagged("Cvindhold", n, 1111110210), username: "" }));
/** Dagpengemodtagere without a CV, each for one test that is refused the switch, fills in what is missing and makes the CV searchable. */
export const cvDagpengeCitizens = [1, 2, 3].map((n) => ({ ...flagged("Cvdagpenge", n, 1111110220), username: "" }));
/** Fleksjobansatte with a CV without `Ansættelsesbetingelser` (a phone number, not searchable), like Dorte Fleks, each for one test. */
export const cvFleksCitizens = [1, 2, 3].map((n) => ({ ...flagged("Cvfleks", n, 1111110230), username: "" }));
/**
 * Dagpengemodtagere whose CV they made searchable as fleksjobansatte, without
 * `Ansættelsesbetingelser`, before the jobcenter changed their contact group: it no longer counts as searchable.
 */
export const cvPausedCitizens = [1, 2].map((n) => ({ ...flagged("Cvskift", n, 1111110240), username: "" }));

/** Citizens with a MitID profile and no job agents, each for one job-agent test (R3.4); CPRs 1111110401–1111110406. */
export const jobAgentCitizens = [1, 2, 3, 4, 5, 6].map((n) => ({ ...flagged("Jobagent", n, 1111110400), username: "" }));
/**
 * A citizen (CPR 1111110407) with an agent on 4160 Herlufmagle + 25 km saved under older postcode
 * points, when Herlufmagle had a point: it has none now, so the distance can no longer be measured (R3.4).
 */
export const staleDistanceCitizen = { ...flagged("Jobagent", 7, 1111110400), username: "" };
/** Citizens with a MitID profile and no notification settings, each for one test of `Få besked på SMS og/eller e-mail` (R1.7). */
export const notificationCitizens = [1, 2, 3, 4].map((n) => ({ ...flagged("Besked", n, 1111110300), username: "" }));
/** Citizens whose job-agent notices go to a verified e-mail address, each for one test that unsubscribes from a notice's link. */
export const unsubscribeCitizens = [1, 2].map((n) => ({ ...flagged("Afmeld", n, 1111110310), username: "", email: `afmeld.${n}@example.dk` }));
/**
 * Citizens whose job-agent notices go to a verified e-mail address and who have one daily job
 * agent on `Analytiker, data og analyse`, each for one test that follows a new ad to the digest
 * in the mail catcher (R3.4); CPRs 1111110421–1111110422.
 */
export const digestCitizens = [1, 2].map(
  (n) => ({ ...flagged("Digest", n, 1111110420), username: "", email: `digest.${n}@example.dk`, locale: n === 1 ? "da" : "en" }) as const,
);

/** Young citizens with a MitID profile and no plans, each for one test in which a caseworker makes an uddannelsesplan (R4.1); CPRs 1111110801–1111110804. */
export const planCitizens = [1, 2, 3, 4].map((n) => ({ ...flagged("Plan", n, 1111110800), username: "" }));
/**
 * Dagpengemodtagere of Jobcenter København with a MitID profile and no sick or well report, each
 * for one `Meld syg/rask` test (R4.2); CPRs 1111110501–1111110509 and 1111110511–1111110514 (510 is the Aarhus one).
 */
export const sygdomCitizens = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14].map((n) => ({ ...flagged("Sygdom", n, 1111110500), username: "" }));
/** A citizen of Jobcenter Aarhus with a MitID profile, who reports sick where Jens Jobcenter cannot see it; CPR 1111110510. */
export const sygdomAarhusCitizen = { ...flagged("Sygdomaarhus", 1, 1111110509), username: "" };

/**
 * Citizens with a MitID profile and an empty `Min beskedbakke`, each for one test of it (R4.1);
 * /api/e2e/beskeder sends them messages. CPRs 1111110701–1111110708.
 */
export const beskedCitizens = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ ...flagged("Besked", n, 1111110700), name: `Test Beskedbakke ${n}`, username: "" }));

/**
 * Citizens with a MitID profile and no registration as unemployed, each for one `Tilmelding`
 * test (R1.7); CPRs 1111110601–1111110608. Their CV holds a phone number and an e-mail
 * address, which the contact step offers.
 */
export const tilmeldingCitizens = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
  ...flagged("Tilmelding", n, 1111110600),
  username: "",
  phone: "+4522334455",
  email: `tilmelding.${n}@example.dk`,
}));
/**
 * A citizen of Jobcenter København with a complete draft whose first day was 15 days ago in
 * Denmark: saved at the edge of the bounds and no longer within them, so Send refuses it; CPR 1111110609.
 */
export const staleTilmeldingCitizen = { ...flagged("Tilmelding", 9, 1111110600), username: "" };
/** A citizen of Jobcenter København who has sent a registration (a member of HK A-kasse), for the caseworker to read; CPR 1111110611. */
export const sentTilmeldingCitizen = { ...flagged("Tilmeldt", 1, 1111110610), username: "", reference: "TL-K8B4N2QW" };
/** A citizen of Jobcenter Aarhus who has sent a registration, whom Jens Jobcenter must not reach; CPR 1111110612. */
export const aarhusTilmeldingCitizen = { ...flagged("Tilmeldt", 2, 1111110610), username: "", reference: "TL-R7W3M5XP" };

export const e2ePassword = DEMO_PASSWORD;

export async function seedE2eFixtures(db: Database): Promise<void> {
  const passwordHash = await hashPassword(e2ePassword);
  await db.transaction(async (tx) => {
    for (const person of unsubscribeCitizens) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      await tx
        .insert(notificationSettings)
        .values({ citizenId: citizen.id, email: person.email, emailVerifiedAt: new Date(), jobagentEmail: true, beskedEmail: true });
    }
    for (const person of digestCitizens) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      await tx
        .insert(notificationSettings)
        .values({ citizenId: citizen.id, locale: person.locale, email: person.email, emailVerifiedAt: new Date(), jobagentEmail: true });
      const [agent] = await tx.insert(jobAgents).values({ citizenId: citizen.id, frequency: "daily" }).returning({ id: jobAgents.id });
      await tx.insert(jobAgentTitles).values({ agentId: agent.id, occupationCode: "0404001" });
    }
    {
      const [citizen] = await tx
        .insert(citizens)
        .values({ cpr: staleDistanceCitizen.cpr, name: staleDistanceCitizen.name, jobcenter: DEMO_JOBCENTER })
        .returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      const [agent] = await tx
        .insert(jobAgents)
        .values({
          citizenId: citizen.id,
          frequency: "daily",
          notify: false,
          postcode: "4160",
          distanceKm: 25,
          nearbyPostcodes: ["4160", "4100"],
          nearbyVersion: "older",
        })
        .returning({ id: jobAgents.id });
      await tx.insert(jobAgentTitles).values({ agentId: agent.id, occupationCode: "0404001" });
    }
    for (const person of [
      ...noCodesCitizens,
      ...contactCitizens,
      ...joblogCitizens,
      ...jobAgentCitizens,
      ...notificationCitizens,
      ...beskedCitizens,
      ...planCitizens,
    ]) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
    }
    for (const person of [...questionnaireCitizens, submittedQuestionnaireCitizen]) {
      const [citizen] = await tx
        .insert(citizens)
        .values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER, contactGroup: "dagpengemodtager" })
        .returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      if (person === submittedQuestionnaireCitizen) {
        await tx.insert(forberedelsesskemaer).values({
          citizenId: citizen.id,
          answers: Object.fromEntries(questions.map((question) => [question.id, question.options[0]])),
          submittedAt: new Date(),
          reference: newReceiptReference("forberedelsesskema"),
        });
      }
    }
    for (const person of tilmeldingCitizens) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      await tx.insert(cvs).values({ citizenId: citizen.id, phone: person.phone, email: person.email });
    }
    {
      const [citizen] = await tx
        .insert(citizens)
        .values({ cpr: staleTilmeldingCitizen.cpr, name: staleTilmeldingCitizen.name, jobcenter: DEMO_JOBCENTER })
        .returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      const firstDay = addDays(danishToday(), -15);
      await tx.insert(tilmeldinger).values({ citizenId: citizen.id, firstDay, akasseMember: false, phone: "+4522334477", email: null });
    }
    for (const [person, jobcenter] of [
      [sentTilmeldingCitizen, DEMO_JOBCENTER],
      [aarhusTilmeldingCitizen, "Jobcenter Aarhus"],
    ] as const) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
      const sentAt = new Date();
      await tx.insert(tilmeldinger).values({
        citizenId: citizen.id,
        status: "sent",
        // The Danish calendar day: between midnight and 01:00 or 02:00 in Denmark, UTC's is the day before.
        firstDay: danishToday(sentAt),
        akasseMember: true,
        akasse: "hk",
        phone: "+4522334455",
        email: "tilmeldt@example.dk",
        startedAt: sentAt,
        sentAt,
        reference: person.reference,
      });
    }
    const cvCitizens: { people: FixtureCitizen[]; contactGroup: ContactGroup; cv?: Partial<typeof cvs.$inferInsert> }[] = [
      { people: [...cvTitleCitizens, ...cvEntryCitizens, ...cvDagpengeCitizens], contactGroup: "dagpengemodtager" },
      { people: cvFleksCitizens, contactGroup: "fleksjobansat", cv: { phone: "+4522334455", searchable: false } },
      { people: cvPausedCitizens, contactGroup: "dagpengemodtager", cv: { email: "cv.skift@example.dk", searchable: true } },
    ];
    for (const { people, contactGroup, cv } of cvCitizens) {
      for (const person of people) {
        const [citizen] = await tx
          .insert(citizens)
          .values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER, contactGroup })
          .returning({ id: citizens.id });
        await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
        if (cv) await tx.insert(cvs).values({ citizenId: citizen.id, ...cv });
      }
    }
    for (const person of [...sygdomCitizens, sygdomAarhusCitizen]) {
      const jobcenter = person === sygdomAarhusCitizen ? "Jobcenter Aarhus" : DEMO_JOBCENTER;
      const [citizen] = await tx
        .insert(citizens)
        .values({ cpr: person.cpr, name: person.name, jobcenter, contactGroup: "dagpengemodtager" })
        .returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "mitid", termsAcceptedAt: new Date(), lastMitidLoginAt: new Date() });
    }
    for (const person of [...warningCitizens, ...wrongPasswordCitizens, lockCitizen, ...resetCitizens]) {
      const [citizen] = await tx.insert(citizens).values({ cpr: person.cpr, name: person.name, jobcenter: DEMO_JOBCENTER }).returning({ id: citizens.id });
      await tx.insert(jobnetProfiles).values({ citizenId: citizen.id, createdVia: "jobcenter", termsAcceptedAt: new Date() });
      await tx.insert(brugerkoder).values({
        citizenId: citizen.id,
        username: person.username,
        passwordHash,
        flagged: true,
        flagChangedByKind: "system",
        flagChangedAt: new Date(),
      });
    }
  });
}
