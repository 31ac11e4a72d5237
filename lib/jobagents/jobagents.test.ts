import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, jobAds, jobAgentMatches, jobAgents, jobAgentTitles, notificationSettings, outboxMessages, type NewJobAd, type Region } from "@/db/schema";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { signLinkToken } from "@/lib/notifications/signed-link";
import { testDatabaseKind, withFreshDatabase } from "@/tests/support/database";
import {
  createJobAgent,
  deleteJobAgent,
  editJobAgent,
  jobAgentHousekeeping,
  keepJobAgentAlive,
  markJobAgentSeen,
  markJobAgentsUsed,
  matchJobAgents,
  sendJobAgentDigests,
} from "./mutations";
import { JobAgentNotFoundError } from "./ownership";
import { digestPeriod, isDigestDay, jobAgentDeletableFrom } from "./periods";
import { countNewJobAgentMatches, getJobAgent, isJobAgentKeepLinkValid, listJobAgentMatches, listJobAgents } from "./queries";
import { editJobAgentSchema, jobAgentIdSchema, jobAgentSchema, type JobAgentSettings } from "./schema";

vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase();

/** The group `Data og analyse`: an agent on one of its titles must never get another's ads. */
const ANALYTIKER = "0404001";
const STATISTIKER = "0404002";
const DATAINGENIOER = "0404003";
const GROUP = [ANALYTIKER, STATISTIKER, DATAINGENIOER] as const;

/** Tuesday 1 December 2026, 08:00 in Denmark. */
const NOW = new Date("2026-12-01T07:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

async function newCitizen(name: string, options: { email?: boolean; locale?: "da" | "en" } = {}): Promise<string> {
  const cpr = String(Math.floor(Math.random() * 9_000_000_000) + 1_000_000_000);
  const [row] = await db().insert(citizens).values({ cpr, name, jobcenter: "Jobcenter København" }).returning({ id: citizens.id });
  if (options.email) {
    await db()
      .insert(notificationSettings)
      .values({ citizenId: row.id, locale: options.locale ?? "da", email: `${row.id}@example.dk`, emailVerifiedAt: NOW, jobagentEmail: true });
  }
  return row.id;
}

let adNumber = 0;
function ad(occupationCode: string, overrides: Partial<NewJobAd> = {}): NewJobAd {
  adNumber++;
  return {
    occupationCode,
    title: `Job ${adNumber}`,
    employer: `Arbejdsgiver ${adNumber} A/S`,
    description: "Vi søger en kollega til vores team.",
    street: "Vesterbrogade 1",
    postcode: "1620",
    city: "København V",
    region: "hovedstaden",
    workingHours: "fuldtid",
    employmentKind: "fast",
    publishedAt: new Date(NOW.getTime() - DAY),
    deadline: danishDay(new Date(NOW.getTime() + 20 * DAY)),
    howToApply: "Send en ansøgning.",
    ...overrides,
  };
}

async function publish(...ads: NewJobAd[]): Promise<number[]> {
  const rows = await db().insert(jobAds).values(ads).returning({ id: jobAds.id });
  return rows.map((row) => row.id);
}

const settings = (overrides: Partial<JobAgentSettings> = {}): JobAgentSettings => ({
  titles: [ANALYTIKER],
  words: "",
  region: null,
  postcode: null,
  distanceKm: null,
  frequency: "daily",
  notify: true,
  ...overrides,
});

async function matchesOf(agentId: string) {
  return db().select().from(jobAgentMatches).where(eq(jobAgentMatches.agentId, agentId));
}

describe("the job agent's form", () => {
  test("R3.4 titles are exact codes, and a title typed exactly counts; none, an unknown one or region and postcode together are refused", () => {
    const base = { frequency: "daily", notify: "ja" };
    expect(jobAgentSchema.parse({ ...base, stilling: ANALYTIKER }).titles).toEqual([ANALYTIKER]);
    expect(jobAgentSchema.parse({ ...base, stillingstekst: "Statistiker" }).titles).toEqual([STATISTIKER]);
    expect(jobAgentSchema.parse({ ...base, stilling: [ANALYTIKER, ANALYTIKER] }).titles).toEqual([ANALYTIKER]);
    const problems = (input: Record<string, unknown>) => jobAgentSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.message);
    expect(problems({})).toEqual(["titlesMissing"]);
    // Every problem at once, so the summary lists them all.
    expect(
      jobAgentSchema
        .safeParse({ region: "x" })
        .error?.issues.map((issue) => issue.message)
        .sort(),
    ).toEqual(["frequencyMissing", "notifyMissing", "regionUnknown", "titlesMissing"].sort());
    expect(jobAgentSchema.safeParse(null).success).toBe(false);
    expect(problems({ stillingstekst: "analy" })).toEqual(["titleNotFound"]);
    expect(problems({ stilling: "0404" })).toEqual(["titleUnknown"]);
    expect(problems({ stilling: ANALYTIKER, region: "hovedstaden", postnr: "8000" })).toEqual(["placeBoth"]);
    expect(problems({ stilling: ANALYTIKER, postnr: "0000" })).toEqual(["postcodeUnknown"]);
    expect(problems({ stilling: ANALYTIKER, frequency: "monthly" })).toEqual(["frequencyMissing"]);
  });
});

describe("matching", () => {
  test("R3.4 an agent on Analytiker, data og analyse gets Analytiker ads only, never a Statistiker ad of the same group, and each match says why", async () => {
    const citizenId = await newCitizen("Agnete Agent");
    const [analytiker, statistiker, closed] = await publish(
      ad(ANALYTIKER),
      ad(STATISTIKER),
      ad(ANALYTIKER, { deadline: danishDay(new Date(NOW.getTime() - 2 * DAY)) }),
    );
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    const found = await matchesOf(id);
    expect(found.map((match) => match.jobAdId)).toEqual([analytiker]);
    expect(found[0]).toMatchObject({ titleCode: ANALYTIKER, words: null, region: null, postcode: null });
    // Found when the agent was made: shown to the citizen, not told again.
    expect(found[0].toldAt).not.toBeNull();
    void statistiker;
    void closed;

    const [later, laterStatistiker] = await publish(ad(ANALYTIKER), ad(STATISTIKER));
    const counts = await matchJobAgents({ now: NOW });
    expect(counts).toMatchObject({ agents: 1, matched: 1, batches: 1 });
    expect((await matchesOf(id)).map((match) => match.jobAdId).sort()).toEqual([analytiker, later].sort());
    expect((await matchesOf(id)).some((match) => match.jobAdId === laterStatistiker)).toBe(false);
  });

  test("R3.4 words (Danish full text, inflected forms alike) and place narrow the matches, and the match records them", async () => {
    const citizenId = await newCitizen("Ord Sted");
    const [python, aarhus, plain] = await publish(
      ad(ANALYTIKER, { description: "Du arbejder med Python og sygeplejersker." }),
      ad(ANALYTIKER, { postcode: "8000", city: "Aarhus C", region: "midtjylland", description: "Python hver dag." }),
      ad(ANALYTIKER),
    );
    const words = await createJobAgent({ citizenId, settings: settings({ words: "sygeplejerske" }), now: NOW });
    expect((await matchesOf(words.id)).map((match) => [match.jobAdId, match.words])).toEqual([[python, "sygeplejerske"]]);
    const region = await createJobAgent({ citizenId, settings: settings({ region: "midtjylland" }), now: NOW });
    expect((await matchesOf(region.id)).map((match) => [match.jobAdId, match.region])).toEqual([[aarhus, "midtjylland"]]);
    const postcode = await createJobAgent({ citizenId, settings: settings({ postcode: "1620", words: "python" }), now: NOW });
    expect((await matchesOf(postcode.id)).map((match) => [match.jobAdId, match.postcode, match.words])).toEqual([[python, "1620", "python"]]);
    void plain;
  });

  test("R3.4 a dry run counts and changes nothing; a second run finds nothing new", async () => {
    const citizenId = await newCitizen("Tør Kørsel");
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    await publish(ad(ANALYTIKER), ad(ANALYTIKER), ad(STATISTIKER));
    expect(await matchJobAgents({ now: NOW, dryRun: true })).toMatchObject({ agents: 1, wouldMatch: 2, matched: 0 });
    expect(await matchesOf(id)).toHaveLength(0);
    expect(await matchJobAgents({ now: NOW })).toMatchObject({ matched: 2 });
    expect(await matchJobAgents({ now: NOW })).toMatchObject({ agents: 0, matched: 0 });
  });

  test("R3.4 property: every match is on one of the agent's exact title codes, and every open ad on such a code is matched (PGlite and PostgreSQL)", async () => {
    const citizenId = await newCitizen("Egenskab Eksakt");
    const regions: Region[] = ["hovedstaden", "midtjylland"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ titles: fc.uniqueArray(fc.constantFrom(...GROUP), { minLength: 1, maxLength: 2 }), region: fc.option(fc.constantFrom(...regions)) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.array(fc.record({ code: fc.constantFrom(...GROUP), region: fc.constantFrom(...regions), open: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        async (agentSpecs, adSpecs, batchSize) => {
          await db().execute(sql`delete from ${jobAgents}`);
          await db().execute(sql`delete from ${jobAds}`);
          const agents = [];
          // Half the ads before the agents exist (matched when each agent is made), half after (matched by the job).
          const half = Math.floor(adSpecs.length / 2);
          const toAd = (spec: (typeof adSpecs)[number]) =>
            ad(spec.code, {
              region: spec.region,
              deadline: danishDay(new Date(NOW.getTime() + (spec.open ? 5 : -5) * DAY)),
            });
          const before = half > 0 ? await publish(...adSpecs.slice(0, half).map(toAd)) : [];
          for (const spec of agentSpecs) {
            const { id } = await createJobAgent({ citizenId, settings: settings({ titles: spec.titles, region: spec.region }), now: NOW });
            agents.push({ id, ...spec });
          }
          const after = await publish(...adSpecs.slice(half).map(toAd));
          await matchJobAgents({ now: NOW, batchSize });
          const ids = [...before, ...after];
          for (const agent of agents) {
            const got = (await matchesOf(agent.id)).map((match) => match.jobAdId).sort((a, b) => a - b);
            const expected = adSpecs
              .map((spec, index) => ({ spec, id: ids[index] }))
              .filter(({ spec }) => spec.open && agent.titles.includes(spec.code) && (!agent.region || agent.region === spec.region))
              .map(({ id }) => id)
              .sort((a, b) => a - b);
            expect(got).toEqual(expected);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe("digests", () => {
  test("R3.4 property: however matching and digests interleave, a citizen is told about each ad at most once, one digest per agent and period", async () => {
    const citizenId = await newCitizen("Aldrig To Gange", { email: true });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("publish", "match", "digest", "nextDay"), { minLength: 3, maxLength: 14 }), async (steps) => {
        await db().execute(sql`delete from ${jobAgents}`);
        await db().execute(sql`delete from ${outboxMessages}`);
        let now = NOW;
        const { id } = await createJobAgent({ citizenId, settings: settings({ titles: [ANALYTIKER, STATISTIKER] }), now });
        for (const step of [...steps, "match", "digest"]) {
          if (step === "publish") await publish(ad(ANALYTIKER), ad(DATAINGENIOER));
          if (step === "match") await matchJobAgents({ now });
          if (step === "digest") await sendJobAgentDigests({ now });
          if (step === "nextDay") now = new Date(now.getTime() + DAY);
        }
        const messages = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
        const keys = messages.map((message) => message.dedupeKey);
        expect(new Set(keys).size).toBe(keys.length);
        // Every ad id linked in the digests appears in one digest only, and only ads the agent matched.
        const linked = messages.flatMap((message) => [...message.text.matchAll(/\/job\/(\d+)/g)].map((found) => Number(found[1])));
        expect(new Set(linked).size).toBe(linked.length);
        const matched = new Set((await matchesOf(id)).map((match) => match.jobAdId));
        for (const adId of linked) expect(matched.has(adId)).toBe(true);
        // Every match is told once the last digest has run, unless that period already had its digest.
        const told = (await matchesOf(id)).filter((match) => match.toldAt);
        expect(told.length).toBeGreaterThanOrEqual(linked.length);
      }),
      { numRuns: 10 },
    );
  });

  test("R3.4 a digest lists each new ad with employer, place, why and absolute links, in the citizen's language, queued with the matches marked told", async () => {
    const citizenId = await newCitizen("Digest Dansk", { email: true });
    const english = await newCitizen("Digest English", { email: true, locale: "en" });
    const da = await createJobAgent({ citizenId, settings: settings({ words: "python" }), now: NOW });
    const en = await createJobAgent({ citizenId: english, settings: settings(), now: NOW });
    const [adId] = await publish(ad(ANALYTIKER, { title: "Dataanalytiker <R&D>", description: "Python" }));
    await matchJobAgents({ now: NOW });
    const counts = await sendJobAgentDigests({ now: NOW });
    expect(counts).toMatchObject({ digests: 2, matches: 2, queued: 2 });
    const [danish] = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
    expect(danish.dedupeKey).toBe(`jobagent:${da.id}:2026-12-01`);
    expect(danish.subject).toBe("1 nyt job fra din jobagent: Analytiker, data og analyse");
    expect(danish.text).toContain("Dataanalytiker <R&D>");
    expect(danish.text).toContain(`http://localhost:3000/job/${adId}`);
    expect(danish.text).toContain("Stillingen er Analytiker, data og analyse. Annoncen indeholder ordene python.");
    expect(danish.text).toContain("http://localhost:3000/jobagenter/hold-aktiv?token=");
    expect(danish.html).toContain("Dataanalytiker &lt;R&amp;D&gt;");
    const [englishMessage] = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, english));
    expect(englishMessage.subject).toBe("1 new job from your job agent: Analyst, data and analytics");
    expect(englishMessage.text).toContain(`http://localhost:3000/en/job/${adId}`);
    expect((await matchesOf(da.id)).every((match) => match.toldAt && match.digestPeriod === "2026-12-01")).toBe(true);
    // The same day again: nothing more.
    await publish(ad(ANALYTIKER, { description: "python" }));
    await matchJobAgents({ now: NOW });
    expect(await sendJobAgentDigests({ now: new Date(NOW.getTime() + 60_000) })).toMatchObject({ digests: 0 });
    void en;
  });

  test("R3.4 weekly agents get their digest on Mondays only; an agent that asked not to be told gets none", async () => {
    const citizenId = await newCitizen("Ugentlig", { email: true });
    const weekly = await createJobAgent({ citizenId, settings: settings({ frequency: "weekly" }), now: NOW });
    const silent = await createJobAgent({ citizenId, settings: settings({ notify: false }), now: NOW });
    await publish(ad(ANALYTIKER));
    await matchJobAgents({ now: NOW });
    const wednesday = new Date(NOW.getTime() + DAY);
    expect(isDigestDay("weekly", wednesday)).toBe(false);
    expect(await sendJobAgentDigests({ now: wednesday })).toMatchObject({ digests: 0 });
    const monday = new Date(NOW.getTime() + 6 * DAY);
    expect(await sendJobAgentDigests({ now: monday })).toMatchObject({ digests: 1 });
    expect((await matchesOf(weekly.id))[0].digestPeriod).toBe(digestPeriod("weekly", monday));
    expect(digestPeriod("weekly", monday)).toBe("2026-W50");
    expect((await matchesOf(silent.id))[0].toldAt).toBeNull();
  });
});

describe("housekeeping", () => {
  test("R3.4 an agent unused for 2 months is warned, kept by its e-mail link, and deleted 14 days after a warning if still unused; expired ads' matches go", async () => {
    const citizenId = await newCitizen("Husholdning", { email: true });
    const old = new Date(NOW.getTime() - 70 * DAY);
    const kept = await createJobAgent({ citizenId, settings: settings(), now: old });
    const dropped = await createJobAgent({ citizenId, settings: settings({ titles: [STATISTIKER] }), now: old });
    const fresh = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    expect(await jobAgentHousekeeping({ now: NOW, dryRun: true })).toMatchObject({ warned: 2, deleted: 0 });
    expect(await jobAgentHousekeeping({ now: NOW })).toMatchObject({ warned: 2, deleted: 0 });
    const warnings = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
    expect(warnings).toHaveLength(2);
    expect(warnings[0].text).toContain("/jobagenter/hold-aktiv?token=");
    // A second run warns no one again.
    expect(await jobAgentHousekeeping({ now: NOW })).toMatchObject({ warned: 0, deleted: 0 });

    const later = new Date(NOW.getTime() + 3 * DAY);
    expect(await keepJobAgentAlive({ token: signLinkToken({ purpose: "jobagent-keep", subject: kept.id, now: later }), now: later })).toBe(true);
    expect(await keepJobAgentAlive({ token: signLinkToken({ purpose: "settings", subject: kept.id, now: later }), now: later })).toBe(false);
    expect(await keepJobAgentAlive({ token: "forged.token", now: later })).toBe(false);

    const afterWarning = new Date(NOW.getTime() + 15 * DAY);
    expect(await jobAgentHousekeeping({ now: afterWarning })).toMatchObject({ deleted: 1 });
    const left = (await db().select({ id: jobAgents.id }).from(jobAgents).where(eq(jobAgents.citizenId, citizenId))).map((row) => row.id).sort();
    expect(left).toEqual([kept.id, fresh.id].sort());
    void dropped;

    const [expiring] = await publish(ad(ANALYTIKER, { deadline: danishDay(new Date(NOW.getTime() + DAY)) }));
    await matchJobAgents({ now: NOW });
    expect((await matchesOf(fresh.id)).some((match) => match.jobAdId === expiring)).toBe(true);
    expect((await jobAgentHousekeeping({ now: new Date(NOW.getTime() + 3 * DAY) })).expiredMatches).toBeGreaterThan(0);
    expect((await matchesOf(fresh.id)).some((match) => match.jobAdId === expiring)).toBe(false);
  });
});

describe("a citizen's own agents", () => {
  test("R3.4 X5 another citizen's agent is not found, and the attempt is logged without the agent's settings", async () => {
    const owner = await newCitizen("Ejer");
    const other = await newCitizen("Anden");
    const { id } = await createJobAgent({ citizenId: owner, settings: settings({ words: "hemmelige ord" }), now: NOW });
    expect(await getJobAgent({ citizenId: other, agentId: id })).toBeNull();
    expect(await listJobAgentMatches({ citizenId: other, agentId: id, today: "2026-12-01", seenBefore: NOW })).toBeNull();
    expect(await markJobAgentSeen({ citizenId: other, agentId: id })).toBeNull();
    await expect(deleteJobAgent({ citizenId: other, agentId: id })).rejects.toBeInstanceOf(JobAgentNotFoundError);
    await expect(editJobAgent({ citizenId: other, agentId: id, settings: settings() })).rejects.toBeInstanceOf(JobAgentNotFoundError);
    expect(warnings.some((line) => line.includes("citizen_access_denied") && line.includes(id))).toBe(true);
    expect(warnings.join("\n")).not.toContain("hemmelige");
    expect(await listJobAgents({ citizenId: other, today: "2026-12-01" })).toEqual([]);
    expect(await getJobAgent({ citizenId: owner, agentId: id })).toMatchObject({ id, words: "hemmelige ord", titles: [ANALYTIKER] });
  });

  test("R3.4 new matches count until the citizen opens the agent; changing it keeps old matches still matching and drops the rest", async () => {
    const citizenId = await newCitizen("Tæller");
    const { id } = await createJobAgent({ citizenId, settings: settings({ titles: [ANALYTIKER, STATISTIKER] }), now: NOW });
    const [analytiker, statistiker] = await publish(ad(ANALYTIKER), ad(STATISTIKER));
    const later = new Date(NOW.getTime() + 60_000);
    await matchJobAgents({ now: later });
    expect(await countNewJobAgentMatches({ citizenId, today: "2026-12-01" })).toEqual({ agents: 1, newMatches: 2 });
    const [listed] = await listJobAgents({ citizenId, today: "2026-12-01" });
    expect(listed).toMatchObject({ matchCount: 2, newMatchCount: 2 });
    await markJobAgentSeen({ citizenId, agentId: id, now: new Date(later.getTime() + 1000) });
    expect(await countNewJobAgentMatches({ citizenId, today: "2026-12-01" })).toEqual({ agents: 1, newMatches: 0 });

    await editJobAgent({ citizenId, agentId: id, settings: settings({ titles: [ANALYTIKER] }), now: later });
    const left = await db()
      .select()
      .from(jobAgentMatches)
      .where(and(eq(jobAgentMatches.agentId, id)));
    expect(left.map((match) => match.jobAdId)).toEqual([analytiker]);
    void statistiker;
  });
});

/** The citizen's notices in the outbox, by dedupe key, with their state. */
async function noticesOf(citizenId: string): Promise<Record<string, string>> {
  const rows = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
  return Object.fromEntries(rows.map((row) => [`${row.dedupeKey} ${row.channel}`, row.status]));
}

describe("warnings the citizen sees", () => {
  test("R3.4 a citizen without e-mail or SMS is warned in the portal: looking at the list keeps every agent and says from which day it would have been deleted", async () => {
    const citizenId = await newCitizen("Uden kanal");
    const old = new Date(NOW.getTime() - 70 * DAY);
    const first = await createJobAgent({ citizenId, settings: settings(), now: old });
    const second = await createJobAgent({ citizenId, settings: settings({ titles: [STATISTIKER] }), now: old });
    expect(await jobAgentHousekeeping({ now: NOW })).toMatchObject({ warned: 2 });
    expect(await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId))).toEqual([]);
    expect((await getJobAgent({ citizenId, agentId: first.id }))?.warnedAt).toEqual(NOW);

    const looked = new Date(NOW.getTime() + 2 * DAY);
    const warned = await markJobAgentsUsed({ citizenId, now: looked });
    expect([...warned.keys()].sort()).toEqual([first.id, second.id].sort());
    expect(warned.get(first.id)).toEqual(jobAgentDeletableFrom(NOW));
    // Looking again: nothing is warned any more, and the list was use of both agents.
    expect((await markJobAgentsUsed({ citizenId, now: new Date(looked.getTime() + 1000) })).size).toBe(0);
    expect(await jobAgentHousekeeping({ now: new Date(NOW.getTime() + 20 * DAY) })).toMatchObject({ warned: 0, deleted: 0 });
    expect((await listJobAgents({ citizenId, today: "2026-12-01" })).map((agent) => agent.id).sort()).toEqual([first.id, second.id].sort());
  });

  test("R3.4 the warning names the day from which the agent is deleted, and housekeeping never deletes it before that day begins", async () => {
    const citizenId = await newCitizen("Advaret", { email: true });
    const old = new Date(NOW.getTime() - 70 * DAY);
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: old });
    await jobAgentHousekeeping({ now: NOW });
    const [warning] = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
    const day = jobAgentDeletableFrom(NOW);
    expect(warning.text).toContain(formatDanishDate(day, "da"));
    expect(warning.text).toContain("slettet fra den dag");
    // Every housekeeping run (03:45 Danish time) before that day keeps it, also the one that morning …
    for (let runDay = 1; runDay <= 14; runDay++) {
      const run = new Date(`${danishDay(new Date(NOW.getTime() + runDay * DAY))}T02:45:00Z`);
      expect(danishDay(run) < danishDay(day) || run < day).toBe(true);
      expect((await jobAgentHousekeeping({ now: run })).deleted, danishDay(run)).toBe(0);
    }
    // … and the next run deletes it, on or after that day.
    const next = new Date(`${danishDay(new Date(NOW.getTime() + 15 * DAY))}T02:45:00Z`);
    expect(danishDay(next) >= danishDay(day)).toBe(true);
    expect(await jobAgentHousekeeping({ now: next })).toMatchObject({ deleted: 1 });
    expect(await getJobAgent({ citizenId, agentId: id })).toBeNull();
  });

  test("R3.4 opening the keep-alive link only looks; posting it keeps the agent and withdraws the warning not yet sent", async () => {
    const citizenId = await newCitizen("Linket", { email: true });
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: new Date(NOW.getTime() - 70 * DAY) });
    await jobAgentHousekeeping({ now: NOW });
    const token = signLinkToken({ purpose: "jobagent-keep", subject: id, now: NOW });
    const later = new Date(NOW.getTime() + DAY);
    expect(await isJobAgentKeepLinkValid({ token, now: later })).toBe(true);
    expect(await isJobAgentKeepLinkValid({ token: "forged.token", now: later })).toBe(false);
    expect((await getJobAgent({ citizenId, agentId: id }))?.warnedAt).toEqual(NOW);
    expect(await keepJobAgentAlive({ token, now: later })).toBe(true);
    expect((await getJobAgent({ citizenId, agentId: id }))?.warnedAt).toBeNull();
    expect(Object.values(await noticesOf(citizenId))).toEqual(["retracted"]);
  });
});

describe("notices that no longer apply", () => {
  test("R3.4 deleting an agent retracts its unsent digest and warning in the same transaction; other agents' notices stay", async () => {
    const citizenId = await newCitizen("Sletter", { email: true });
    const old = new Date(NOW.getTime() - 70 * DAY);
    const gone = await createJobAgent({ citizenId, settings: settings(), now: old });
    const stays = await createJobAgent({ citizenId, settings: settings(), now: old });
    await publish(ad(ANALYTIKER));
    await matchJobAgents({ now: NOW });
    await sendJobAgentDigests({ now: NOW });
    await jobAgentHousekeeping({ now: NOW });
    const before = await noticesOf(citizenId);
    expect(Object.keys(before)).toHaveLength(4);
    expect(new Set(Object.values(before))).toEqual(new Set(["pending"]));
    await deleteJobAgent({ citizenId, agentId: gone.id });
    const after = await noticesOf(citizenId);
    for (const [key, status] of Object.entries(after)) expect(status, key).toBe(key.includes(gone.id) ? "retracted" : "pending");
    expect(Object.keys(after).filter((key) => key.includes(stays.id))).toHaveLength(2);
  });

  test("R3.4 housekeeping deleting an agent retracts its unsent notices; turning notify off retracts the unsent digest", async () => {
    const citizenId = await newCitizen("Husholdt", { email: true });
    const old = new Date(NOW.getTime() - 70 * DAY);
    const doomed = await createJobAgent({ citizenId, settings: settings(), now: old });
    const quiet = await createJobAgent({ citizenId, settings: settings({ titles: [STATISTIKER] }), now: NOW });
    await publish(ad(ANALYTIKER), ad(STATISTIKER));
    await matchJobAgents({ now: NOW });
    await sendJobAgentDigests({ now: NOW });
    await jobAgentHousekeeping({ now: NOW });
    expect(Object.values(await noticesOf(citizenId)).filter((status) => status === "pending")).toHaveLength(3);

    await editJobAgent({ citizenId, agentId: quiet.id, settings: settings({ titles: [STATISTIKER], notify: false }), now: NOW });
    expect(await noticesOf(citizenId)).toMatchObject({ [`jobagent:${quiet.id}:${digestPeriod("daily", NOW)} email`]: "retracted" });

    expect(await jobAgentHousekeeping({ now: new Date(NOW.getTime() + 15 * DAY) })).toMatchObject({ deleted: 1 });
    for (const [key, status] of Object.entries(await noticesOf(citizenId))) expect(status, key).toBe("retracted");
    void doomed;
  });
});

describe("a tampered agent id", () => {
  test("R3.4 an agent id that is not an id is refused with the message that the agent was not found", () => {
    const form = { stilling: [ANALYTIKER], frequency: "daily", notify: "ja" };
    for (const result of [editJobAgentSchema.safeParse({ ...form, agentId: "not-an-id" }), jobAgentIdSchema.safeParse({ agentId: "x" })]) {
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual(["agentId", "notFound"]);
    }
  });
});

describe("matching while the citizen changes an agent (PostgreSQL, where sessions run at once)", () => {
  test.skipIf(testDatabaseKind !== "postgres")(
    "R3.4 an edit removing a title that commits while matching runs leaves no match on the removed title; a delete during matching does not fail the run",
    async () => {
      const citizenId = await newCitizen("Samtidig");
      const edited = await createJobAgent({ citizenId, settings: settings({ titles: [ANALYTIKER, STATISTIKER] }), now: NOW });
      const deleted = await createJobAgent({ citizenId, settings: settings({ titles: [STATISTIKER] }), now: NOW });
      await publish(ad(ANALYTIKER), ad(STATISTIKER));
      const later = new Date(NOW.getTime() + 60_000);

      // The citizen's edit has taken its lock and changed the titles, but not yet committed when matching starts.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const edit = db().transaction(async (tx) => {
        await tx.select().from(jobAgents).where(eq(jobAgents.id, edited.id)).for("update");
        await tx.delete(jobAgentTitles).where(and(eq(jobAgentTitles.agentId, edited.id), eq(jobAgentTitles.occupationCode, STATISTIKER)));
        await tx.update(jobAgents).set({ lastActivityAt: later }).where(eq(jobAgents.id, edited.id));
        await tx.select().from(jobAgents).where(eq(jobAgents.id, deleted.id)).for("update");
        await tx.delete(jobAgents).where(eq(jobAgents.id, deleted.id));
        locked();
        await released;
      });
      await isLocked;
      const matching = matchJobAgents({ now: later });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await edit;
      await expect(matching).resolves.toMatchObject({ agents: expect.any(Number) });
      const matched = await matchesOf(edited.id);
      expect(matched.map((match) => match.titleCode)).not.toContain(STATISTIKER);
      expect(matched.map((match) => match.titleCode)).toContain(ANALYTIKER);
      expect(await matchesOf(deleted.id)).toEqual([]);
    },
  );
});
