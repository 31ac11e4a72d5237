import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, jobAds, jobAgentMatches, jobAgents, notificationSettings, outboxMessages, type NewJobAd } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { postcodesWithin, postnummerPoint, postnummerPointsVersion } from "@/lib/jobsearch/distance";
import { findPostnummer } from "@/lib/jobsearch/postnumre";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { withFreshDatabase } from "@/tests/support/database";
import { createJobAgent, editJobAgent, matchJobAgents, refreshJobAgentDistances, sendJobAgentDigests } from "./mutations";
import { getJobAgent, listJobAgentMatches } from "./queries";
import { matchReasonTexts } from "./reasons";
import { jobAgentSchema, type JobAgentSettings } from "./schema";

// Job agents by postcode and distance (R3.4, issue 15): the form's checks, the postcodes worked
// out when the agent is saved, matching with them, and the reason each match gives.

vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase();

const ANALYTIKER = "0404001";
/** Tuesday 1 December 2026, 08:00 in Denmark. */
const NOW = new Date("2026-12-01T07:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
/** A postcode Denmark has, of a town too small for the reference data: no distance from it. */
const UNPLACED = "4160";

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

async function newCitizen(name: string, options: { email?: boolean; locale?: "da" | "en" } = {}): Promise<string> {
  const cpr = String(Math.floor(Math.random() * 9_000_000_000) + 1_000_000_000);
  const [row] = await db().insert(citizens).values({ cpr, name, jobcenter: "Jobcenter Aarhus" }).returning({ id: citizens.id });
  if (options.email) {
    await db()
      .insert(notificationSettings)
      .values({ citizenId: row.id, locale: options.locale ?? "da", email: `${row.id}@example.dk`, emailVerifiedAt: NOW, jobagentEmail: true });
  }
  return row.id;
}

let adNumber = 0;
/** An open Analytiker ad in `postcode` (its city from the postcode file). */
function adIn(postcode: string, overrides: Partial<NewJobAd> = {}): NewJobAd {
  adNumber++;
  const place = findPostnummer(postcode)!;
  return {
    occupationCode: ANALYTIKER,
    title: `Analytiker ${adNumber}`,
    employer: `Arbejdsgiver ${adNumber} A/S`,
    description: "Vi søger en kollega til vores team.",
    street: "Banegårdsgade 1",
    postcode,
    city: place.by,
    region: place.region,
    workingHours: "fuldtid",
    employmentKind: "fast",
    publishedAt: new Date(NOW.getTime() - DAY),
    deadline: danishDay(new Date(NOW.getTime() + 20 * DAY)),
    howToApply: "Send en ansøgning.",
    ...overrides,
  };
}

async function publish(...ads: NewJobAd[]): Promise<number[]> {
  return (await db().insert(jobAds).values(ads).returning({ id: jobAds.id })).map((row) => row.id);
}

const settings = (overrides: Partial<JobAgentSettings> = {}): JobAgentSettings => ({
  titles: [ANALYTIKER],
  words: "",
  region: null,
  postcode: "8200",
  distanceKm: 25,
  frequency: "daily",
  notify: true,
  ...overrides,
});

async function matchedAds(agentId: string): Promise<number[]> {
  return (await db().select().from(jobAgentMatches).where(eq(jobAgentMatches.agentId, agentId))).map((match) => match.jobAdId).sort((a, b) => a - b);
}

async function savedAgent(agentId: string) {
  const [agent] = await db().select().from(jobAgents).where(eq(jobAgents.id, agentId));
  return agent;
}

function translator(locale: "da" | "en") {
  const messages = locale === "da" ? da : en;
  const t = createTranslator({ locale, messages: { jobagents: messages.jobagents, jobsearch: { regions: messages.jobsearch.regions } } });
  return (key: string, values?: Record<string, string>) => t(key as "jobagents.title", values);
}

describe("the agent form's distance", () => {
  const base = { stilling: ANALYTIKER, frequency: "daily", notify: "ja" };
  const problems = (input: Record<string, unknown>) => jobAgentSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.message);

  test("R3.4 a distance of 5, 10, 25, 50 or 100 km goes with a postcode; none is the postcode alone", () => {
    expect(jobAgentSchema.parse({ ...base, postnr: "8200", afstand: "25" })).toMatchObject({ postcode: "8200", distanceKm: 25 });
    expect(jobAgentSchema.parse({ ...base, postnr: "8200", afstand: "" })).toMatchObject({ postcode: "8200", distanceKm: null });
    expect(jobAgentSchema.parse({ ...base, postnr: "8200" })).toMatchObject({ postcode: "8200", distanceKm: null });
    for (const km of ["5", "10", "50", "100"]) expect(jobAgentSchema.parse({ ...base, postnr: "8000", afstand: km }).distanceKm).toBe(Number(km));
  });

  test("R3.4 X4 a distance without a postcode, from a postcode with no point, or not on the list is refused at the distance field", () => {
    expect(postnummerPoint(UNPLACED)).toBeNull();
    expect(findPostnummer(UNPLACED)).not.toBeNull();
    expect(problems({ afstand: "25" })).toEqual(["distanceNeedsPostcode"]);
    expect(problems({ region: "midtjylland", afstand: "25" })).toEqual(["distanceNeedsPostcode"]);
    expect(problems({ postnr: UNPLACED, afstand: "25" })).toEqual(["distanceNoPoint"]);
    expect(problems({ postnr: "8200", afstand: "7" })).toEqual(["distanceUnknown"]);
    expect(problems({ postnr: "8200", afstand: ["25", "50"] })).toEqual(["distanceUnknown"]);
    // A postcode wrong in itself is said at the postcode only.
    expect(problems({ postnr: "0000", afstand: "25" })).toEqual(["postcodeUnknown"]);
    const paths = jobAgentSchema.safeParse({ ...base, afstand: "25" }).error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(["afstand"]);
  });
});

describe("agents by distance", () => {
  test("R3.4 the postcodes within the distance are saved with the agent, its own included, and follow it when it is changed", async () => {
    const citizenId = await newCitizen("Afstand Gemt");
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    const agent = await savedAgent(id);
    expect(agent.distanceKm).toBe(25);
    expect(agent.nearbyPostcodes).toEqual(expect.arrayContaining(["8200", "8000", "8300"]));
    expect(agent.nearbyPostcodes).not.toContain("5000");

    await editJobAgent({ citizenId, agentId: id, settings: settings({ distanceKm: 10 }), now: NOW });
    expect((await savedAgent(id)).nearbyPostcodes).toContain("8000");
    expect((await savedAgent(id)).nearbyPostcodes).not.toContain("8300");
    await editJobAgent({ citizenId, agentId: id, settings: settings({ distanceKm: null }), now: NOW });
    expect(await savedAgent(id)).toMatchObject({ distanceKm: null, nearbyPostcodes: null });
    expect(await getJobAgent({ citizenId, agentId: id })).toMatchObject({ postcode: "8200", distanceKm: null });
  });

  test("R3.4 the database refuses a distance not offered, and a distance without a postcode", async () => {
    const citizenId = await newCitizen("Afstand Tjek");
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    await expect(db().update(jobAgents).set({ distanceKm: 7 }).where(eq(jobAgents.id, id))).rejects.toThrow();
    await expect(db().update(jobAgents).set({ postcode: null }).where(eq(jobAgents.id, id))).rejects.toThrow();
    expect((await savedAgent(id)).distanceKm).toBe(25);
  });

  test("R3.4 an ad in 8300 Odder, 21 km from 8200 Aarhus N, is matched by a 25 km agent and not by a 10 km one, when the agent is made and by the job", async () => {
    const citizenId = await newCitizen("Afstand Match");
    const [odder, aarhus, odense] = await publish(adIn("8300"), adIn("8000"), adIn("5000"));
    const wide = await createJobAgent({ citizenId, settings: settings({ distanceKm: 25 }), now: NOW });
    const narrow = await createJobAgent({ citizenId, settings: settings({ distanceKm: 10 }), now: NOW });
    const exact = await createJobAgent({ citizenId, settings: settings({ distanceKm: null }), now: NOW });
    expect(await matchedAds(wide.id)).toEqual([odder, aarhus]);
    expect(await matchedAds(narrow.id)).toEqual([aarhus]);
    expect(await matchedAds(exact.id)).toEqual([]);
    void odense;

    // New ads, found by the scheduled job's one statement per batch.
    const [laterOdder, laterAarhusN] = await publish(adIn("8300"), adIn("8200"));
    expect(await matchJobAgents({ now: NOW, batchSize: 2 })).toMatchObject({ agents: 3, matched: 4 });
    expect(await matchedAds(wide.id)).toEqual([odder, aarhus, laterOdder, laterAarhusN]);
    expect(await matchedAds(narrow.id)).toEqual([aarhus, laterAarhusN]);
    expect(await matchedAds(exact.id)).toEqual([laterAarhusN]);

    // Narrowing the agent drops the matches no longer within it.
    await editJobAgent({ citizenId, agentId: wide.id, settings: settings({ distanceKm: 10 }), now: NOW });
    expect(await matchedAds(wide.id)).toEqual([aarhus, laterAarhusN]);
  });

  test("R3.4 each match says where the job is and how far from the agent's postcode, in Danish and English, on the page and in the digest", async () => {
    const citizenId = await newCitizen("Afstand Grund", { email: true, locale: "en" });
    const [odder] = await publish(adIn("8300"));
    const { id } = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    const [match] = (await listJobAgentMatches({ citizenId, agentId: id, today: danishDay(NOW), seenBefore: NOW }))!;
    expect(match).toMatchObject({ postcode: "8200", distanceKm: 25, ad: { id: odder, postcode: "8300", city: "Odder" } });
    expect(matchReasonTexts(match, match.ad, "da", translator("da"))).toEqual([
      "Stillingen er Analytiker, data og analyse",
      "Jobbet er i 8300 Odder, 21 km fra 8200 Aarhus N",
    ]);
    expect(matchReasonTexts(match, match.ad, "en", translator("en"))).toEqual([
      "The title is Analyst, data and analytics",
      "The job is in 8300 Odder, 21 km from 8200 Aarhus N",
    ]);
    // In the agent's own postcode, the postcode is reason enough.
    expect(matchReasonTexts({ ...match, distanceKm: 25 }, { postcode: "8200", city: "Aarhus N" }, "da", translator("da"))[1]).toBe("Jobbet er i 8200 Aarhus N");
    // An agent without a distance says the postcode, as before.
    expect(matchReasonTexts({ ...match, distanceKm: null }, { postcode: "8200", city: "Aarhus N" }, "da", translator("da"))[1]).toBe(
      "Jobbet er i 8200 Aarhus N",
    );

    await publish(adIn("8300"));
    await matchJobAgents({ now: NOW });
    await sendJobAgentDigests({ now: NOW });
    const [email] = await db().select().from(outboxMessages).where(eq(outboxMessages.citizenId, citizenId));
    expect(email.text).toContain("The job is in 8300 Odder, 21 km from 8200 Aarhus N");
  });

  test("R3.4 a job whose postcode has no point is said to be in its own postcode, near the agent's, and a job in the same town is said to be so, never at 0 km", () => {
    const reason = { titleCode: ANALYTIKER, words: null, region: null, postcode: "8200", distanceKm: 25 };
    // 4160 Herlufmagle has no point: no distance can be said, and the job is not in 8200.
    expect(matchReasonTexts(reason, { postcode: UNPLACED, city: "Herlufmagle" }, "da", translator("da"))[1]).toBe(
      "Jobbet er i 4160 Herlufmagle, nær 8200 Aarhus N",
    );
    expect(matchReasonTexts(reason, { postcode: UNPLACED, city: "Herlufmagle" }, "en", translator("en"))[1]).toBe(
      "The job is in 4160 Herlufmagle, near 8200 Aarhus N",
    );
    // 8000 and 8200 share Aarhus's point.
    expect(matchReasonTexts(reason, { postcode: "8000", city: "Aarhus C" }, "da", translator("da"))[1]).toBe(
      "Jobbet er i 8000 Aarhus C, i samme by som 8200 Aarhus N",
    );
    expect(matchReasonTexts(reason, { postcode: "8000", city: "Aarhus C" }, "en", translator("en"))[1]).toBe(
      "The job is in 8000 Aarhus C, in the same town as 8200 Aarhus N",
    );
  });

  test("R3.4 the matches an agent keeps when it is changed say why as it now asks: moved from 8200 to 8000, a kept match is measured from 8000", async () => {
    const citizenId = await newCitizen("Afstand Flyttet");
    const [odder] = await publish(adIn("8300"));
    const { id } = await createJobAgent({ citizenId, settings: settings({ postcode: "8200", distanceKm: 25 }), now: NOW });
    await editJobAgent({ citizenId, agentId: id, settings: settings({ postcode: "8000", distanceKm: 50, words: "" }), now: NOW });
    const matches = (await listJobAgentMatches({ citizenId, agentId: id, today: danishDay(NOW), seenBefore: NOW }))!;
    const match = matches.find((m) => m.ad.id === odder)!;
    expect(match).toMatchObject({ postcode: "8000", distanceKm: 50 });
    expect(matchReasonTexts(match, match.ad, "da", translator("da"))[1]).toBe("Jobbet er i 8300 Odder, 21 km fra 8000 Aarhus C");
  });
});

describe("jobagent-distance-refresh", () => {
  test("R3.4 agents saved with other postcode points get their postcodes worked out again, an agent whose postcode lost its point loses its distance; a dry run only counts and a second run changes nothing", async () => {
    const citizenId = await newCitizen("Afstand Opdateret");
    const [odder] = await publish(adIn("8300"));
    // Saved under older points: Odder was not within 25 km then, and the agent has matched every ad so far.
    const stale = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    await db().delete(jobAgentMatches).where(eq(jobAgentMatches.agentId, stale.id));
    await db()
      .update(jobAgents)
      .set({ nearbyPostcodes: ["8000", "8200"], nearbyVersion: "older" })
      .where(eq(jobAgents.id, stale.id));
    // Saved under older points with the list the current points give as well.
    const same = await createJobAgent({ citizenId, settings: settings({ postcode: "8000", distanceKm: 10 }), now: NOW });
    await db().update(jobAgents).set({ nearbyVersion: null }).where(eq(jobAgents.id, same.id));
    // Its postcode had a point under the older data and has none now.
    const lost = await createJobAgent({ citizenId, settings: settings(), now: NOW });
    await db()
      .update(jobAgents)
      .set({ postcode: UNPLACED, nearbyPostcodes: [UNPLACED, "4100"], nearbyVersion: "older" })
      .where(eq(jobAgents.id, lost.id));
    // Saved with the current points: left alone.
    const current = await createJobAgent({ citizenId, settings: settings({ distanceKm: 50 }), now: NOW });
    const currentBefore = await savedAgent(current.id);

    const expected = { refreshed: 1, distanceCleared: 1, unchanged: 1 };
    expect(await refreshJobAgentDistances({ now: NOW, dryRun: true, batchSize: 2 })).toMatchObject(expected);
    expect((await savedAgent(stale.id)).nearbyPostcodes).toEqual(["8000", "8200"]);
    expect((await savedAgent(lost.id)).distanceKm).toBe(25);

    expect(await refreshJobAgentDistances({ now: NOW, batchSize: 2 })).toMatchObject({ ...expected, batches: 2 });
    expect(await savedAgent(stale.id)).toMatchObject({
      nearbyPostcodes: postcodesWithin({ postcode: "8200", km: 25 }),
      nearbyVersion: postnummerPointsVersion,
      matchedThroughAdId: 0,
    });
    expect(await savedAgent(same.id)).toMatchObject({ nearbyPostcodes: postcodesWithin({ postcode: "8000", km: 10 }), nearbyVersion: postnummerPointsVersion });
    expect(await savedAgent(lost.id)).toMatchObject({ postcode: UNPLACED, distanceKm: null, nearbyPostcodes: null, nearbyVersion: null });
    expect(await savedAgent(current.id)).toEqual(currentBefore);
    expect(await refreshJobAgentDistances({ now: NOW })).toEqual({ refreshed: 0, distanceCleared: 0, unchanged: 0, batches: 0 });

    // The agent whose list grew finds the open ad now within it on the next matching run.
    await matchJobAgents({ now: NOW });
    expect(await matchedAds(stale.id)).toEqual([odder]);
  });
});
