import "server-only";
import { subMonths } from "date-fns";
import { and, asc, eq, gt, gte, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { jobAds, jobAgentMatches, jobAgents, jobAgentTitles } from "@/db/schema";
import { config } from "@/lib/config";
import { danishDay, formatDanishDate } from "@/lib/content/danish-time";
import { postcodesWithin, postnummerPointsVersion } from "@/lib/jobsearch/distance";
import { log } from "@/lib/log";
import { queueNotice, retractNotices } from "@/lib/notifications/outbox";
import { signLinkToken, verifyLinkToken } from "@/lib/notifications/signed-link";
import { DIGEST_MAX_LISTED, digestContent, warningContent, type DigestMatch } from "./digest";
import { JobAgentNotFoundError, ownJobAgent } from "./ownership";
import { DELETE_DAYS_AFTER_WARNING, digestPeriod, isDigestDay, jobAgentDeletableFrom } from "./periods";
import type { JobAgentSettings } from "./schema";

// Job agents (R3.4): the citizen's own agents, and the three scheduled jobs that serve them —
// matching new ads (jobagent-match), the digests of new matches (jobagent-digest) and
// housekeeping (jobagent-housekeeping). Matching is set-based: one insert…select per batch of
// agents, joined on the exact title code, never one query per agent or ad. Logs hold counts only.

/** How many agents one matching batch (one transaction) takes. */
export const MATCH_BATCH_SIZE = 1000;
/**
 * Each run also looks again at this many ad ids below an agent's watermark: an ad whose
 * insert committed after a later id's (identity values are taken before commit) is still
 * found. A match already recorded is not recorded again (on conflict do nothing).
 */
export const MATCH_LOOKBACK_IDS = 500;
/** How many agents one digest or housekeeping batch takes. */
export const DIGEST_BATCH_SIZE = 200;
/** An agent with no activity for this many months is warned … */
export const INACTIVE_MONTHS = 2;
/** … and deleted this many days after the warning if it is still not used (lib/jobagents/periods.ts). */
export { DELETE_DAYS_AFTER_WARNING };

/** The dedupe prefixes of an agent's digests and of its warnings: both go unsent when the agent does. */
function agentNoticePrefixes(agentId: string): string[] {
  return [`jobagent:${agentId}:`, `jobagent-warning:${agentId}:`];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Rows of a raw statement, from either driver (postgres.js returns the rows, PGlite an object holding them). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function newestAdId(executor: Executor): Promise<number> {
  const [row] = rowsOf<{ id: number }>(await executor.execute(sql`select coalesce(max(id), 0)::int as id from ${jobAds}`));
  return row.id;
}

/**
 * The matches of the agents chosen by `agents` (a condition on `a`) among the ads above each
 * agent's watermark up to `upto`: same exact title code (job_agent_titles ⋈ job_ads on
 * occupation_code), open on `today`, in the agent's region or postcode if it has one (or one of
 * the postcodes within its distance, `nearby_postcodes`, worked out when it was saved), holding
 * its words (Danish full text, as Find job) if it has any. `floor` is the lowest watermark among
 * the agents less the lookback, said as a constant so the planner reads only the newer ads.
 */
function candidateMatches(agents: SQL, upto: number, today: string, lookback: number, floor = 0): SQL {
  return sql`
    select a.id as agent_id, ad.id as job_ad_id, ad.occupation_code as title_code,
           nullif(a.words, '') as words, a.region, a.postcode, a.distance_km
    from ${jobAgents} a
    join ${jobAgentTitles} t on t.agent_id = a.id
    join ${jobAds} ad on ad.occupation_code = t.occupation_code
    where ${agents}
      and ad.id > greatest(a.matched_through_ad_id - ${lookback}, 0) and ad.id <= ${upto}
      and ad.id > ${floor}
      and ad.deadline >= ${today}
      and (a.region is null or ad.region = a.region)
      and (a.postcode is null or ad.postcode = a.postcode or ad.postcode = any(a.nearby_postcodes))
      and (a.words = '' or ad.search_vector @@ websearch_to_tsquery('danish', a.words))`;
}

/** Records the candidate matches (one statement) and returns how many were new; `told` marks them as already seen by the citizen. */
async function recordMatches(executor: Executor, candidates: SQL, now: Date, told: boolean): Promise<number> {
  const toldAt = told ? sql`${now.toISOString()}::timestamptz` : sql`null::timestamptz`;
  const period = told ? sql`'portal'` : sql`null::text`;
  const [row] = rowsOf<{ n: number }>(
    await executor.execute(sql`
      with inserted as (
        insert into ${jobAgentMatches} (agent_id, job_ad_id, title_code, words, region, postcode, distance_km, matched_at, told_at, digest_period)
        select c.agent_id, c.job_ad_id, c.title_code, c.words, c.region, c.postcode, c.distance_km, ${now.toISOString()}::timestamptz, ${toldAt}, ${period}
        from (${candidates}) c
        on conflict do nothing
        returning 1
      )
      select count(*)::int as n from inserted`),
  );
  return row.n;
}

/** Matches one agent against every open ad now, in the caller's transaction; the matches count as seen (the citizen is looking). */
async function matchOneAgent(tx: Executor, agentId: string, now: Date): Promise<void> {
  const upto = await newestAdId(tx);
  await recordMatches(tx, candidateMatches(sql`a.id = ${agentId}`, upto, danishDay(now), 0), now, true);
  await tx.update(jobAgents).set({ matchedThroughAdId: upto }).where(eq(jobAgents.id, agentId));
}

/**
 * The agent's distance and the postcodes within it (its own included), to be saved with it;
 * both null without a distance. The schema lets a distance through only with a postcode that has
 * a point, so a distance that cannot be measured here is a programming error.
 */
function nearby(settings: JobAgentSettings): { distanceKm: number | null; nearbyPostcodes: string[] | null; nearbyVersion: string | null } {
  if (settings.distanceKm === null || settings.postcode === null) return { distanceKm: null, nearbyPostcodes: null, nearbyVersion: null };
  const postcodes = postcodesWithin({ postcode: settings.postcode, km: settings.distanceKm });
  if (!postcodes) throw new Error("A job agent's distance needs a postcode with a point");
  return { distanceKm: settings.distanceKm, nearbyPostcodes: postcodes, nearbyVersion: postnummerPointsVersion };
}

/**
 * A new job agent for the citizen (R3.4), matched at once against the open ads (those
 * matches are shown, not told again). Returns its id.
 */
export async function createJobAgent({
  citizenId,
  settings,
  now = new Date(),
}: {
  citizenId: string;
  settings: JobAgentSettings;
  now?: Date;
}): Promise<{ id: string }> {
  return db().transaction(async (tx) => {
    const [agent] = await tx
      .insert(jobAgents)
      .values({
        citizenId,
        words: settings.words,
        region: settings.region,
        postcode: settings.postcode,
        ...nearby(settings),
        frequency: settings.frequency,
        notify: settings.notify,
        createdAt: now,
        lastActivityAt: now,
        lastSeenAt: now,
      })
      .returning({ id: jobAgents.id });
    await tx.insert(jobAgentTitles).values(settings.titles.map((occupationCode) => ({ agentId: agent.id, occupationCode })));
    await matchOneAgent(tx, agent.id, now);
    log.info("jobagent_created", { titles: settings.titles.length });
    return agent;
  });
}

/**
 * Changes the citizen's own agent. Its matches are found again under the new settings: ads
 * it matched before keep their match (and are never told twice); those that no longer
 * match are removed.
 */
export async function editJobAgent({
  citizenId,
  agentId,
  settings,
  now = new Date(),
}: {
  citizenId: string;
  agentId: string;
  settings: JobAgentSettings;
  now?: Date;
}): Promise<void> {
  await db().transaction(async (tx) => {
    const agent = await ownJobAgent(tx, { citizenId, agentId, action: "jobagent.edit", lock: true });
    if (!agent) throw new JobAgentNotFoundError();
    await tx
      .update(jobAgents)
      .set({
        words: settings.words,
        region: settings.region,
        postcode: settings.postcode,
        ...nearby(settings),
        frequency: settings.frequency,
        notify: settings.notify,
        lastActivityAt: now,
        warnedAt: null,
        matchedThroughAdId: 0,
      })
      .where(eq(jobAgents.id, agent.id));
    // An agent that should no longer tell the citizen leaves no digest waiting to be sent.
    if (agent.notify && !settings.notify) await retractNotices(tx, { citizenId, dedupePrefixes: [`jobagent:${agent.id}:`] });
    await tx.delete(jobAgentTitles).where(eq(jobAgentTitles.agentId, agent.id));
    await tx.insert(jobAgentTitles).values(settings.titles.map((occupationCode) => ({ agentId: agent.id, occupationCode })));
    // Matches the new settings no longer give go; the ones they still give stay as they were.
    const upto = await newestAdId(tx);
    await tx.execute(sql`
      delete from ${jobAgentMatches} m
      where m.agent_id = ${agent.id}
        and not exists (select 1 from (${candidateMatches(sql`a.id = ${agent.id}`, upto, "0001-01-01", 0)}) c where c.job_ad_id = m.job_ad_id)`);
    // The matches kept say why they match as the agent now asks (its place and words), not as it
    // asked before: a kept match of an agent moved from 8200 to 8000 says how far it is from 8000.
    const place = nearby(settings);
    await tx
      .update(jobAgentMatches)
      .set({ words: settings.words === "" ? null : settings.words, region: settings.region, postcode: settings.postcode, distanceKm: place.distanceKm })
      .where(eq(jobAgentMatches.agentId, agent.id));
    await matchOneAgent(tx, agent.id, now);
  });
}

/** How many agents one distance refresh batch (one transaction) takes. */
export const DISTANCE_REFRESH_BATCH_SIZE = 500;

/** What a run of jobagent-distance-refresh did (or, in a dry run, would do). */
export interface DistanceRefreshCounts {
  [count: string]: number;
  /** Agents whose saved postcodes differed from the current data and were worked out again. */
  refreshed: number;
  /** Agents whose postcode has no point any more: their distance (and its postcodes) cleared. */
  distanceCleared: number;
  /** Agents whose saved postcodes were already right: only the version noted. */
  unchanged: number;
  batches: number;
}

/**
 * The scheduled job jobagent-distance-refresh (R3.4): the postcodes saved with an agent with a
 * distance were worked out from the postcodes' points of the day it was saved; when the points
 * change (a new lib/jobsearch/data/postnummer-coordinates.json, its `version`), every agent saved
 * with another version gets its list worked out again, and an agent whose postcode has no point
 * any more loses its distance (it then matches its postcode alone, as its page says). An agent
 * whose list changed is matched again against every open ad (on its next jobagent-match run; an
 * ad it already found is not found twice). Idempotent (an agent done carries the current
 * version), in batches by id, each its own transaction with the agents locked; a dry run only
 * counts. Logs counts only.
 */
export async function refreshJobAgentDistances({
  dryRun = false,
  batchSize = DISTANCE_REFRESH_BATCH_SIZE,
}: { now?: Date; dryRun?: boolean; batchSize?: number } = {}): Promise<DistanceRefreshCounts> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a whole number of at least 1");
  const counts: DistanceRefreshCounts = { refreshed: 0, distanceCleared: 0, unchanged: 0, batches: 0 };
  let after: string | null = null;
  for (;;) {
    const last: string | null = await db().transaction(async (tx) => {
      const stale = tx
        .select({ id: jobAgents.id, postcode: jobAgents.postcode, distanceKm: jobAgents.distanceKm, nearbyPostcodes: jobAgents.nearbyPostcodes })
        .from(jobAgents)
        .where(
          and(
            isNotNull(jobAgents.distanceKm),
            sql`${jobAgents.nearbyVersion} is distinct from ${postnummerPointsVersion}`,
            after === null ? undefined : gt(jobAgents.id, after),
          ),
        )
        .orderBy(asc(jobAgents.id))
        .limit(batchSize);
      const agents = dryRun ? await stale : await stale.for("update");
      if (agents.length === 0) return null;
      for (const agent of agents) {
        const postcodes = agent.postcode === null || agent.distanceKm === null ? null : postcodesWithin({ postcode: agent.postcode, km: agent.distanceKm });
        const same = postcodes !== null && JSON.stringify(postcodes) === JSON.stringify(agent.nearbyPostcodes ?? []);
        if (postcodes === null) counts.distanceCleared++;
        else if (same) counts.unchanged++;
        else counts.refreshed++;
        if (dryRun) continue;
        const values =
          postcodes === null
            ? { distanceKm: null, nearbyPostcodes: null, nearbyVersion: null }
            : same
              ? { nearbyVersion: postnummerPointsVersion }
              : { nearbyPostcodes: postcodes, nearbyVersion: postnummerPointsVersion, matchedThroughAdId: 0 };
        await tx.update(jobAgents).set(values).where(eq(jobAgents.id, agent.id));
      }
      return agents[agents.length - 1].id;
    });
    if (last === null) break;
    counts.batches++;
    after = last;
  }
  log.info("jobagent_distances_refreshed", { ...counts, dryRun });
  return counts;
}

/** Deletes the citizen's own agent and its matches, and retracts its digests and warnings not yet sent. */
export async function deleteJobAgent({ citizenId, agentId }: { citizenId: string; agentId: string }): Promise<void> {
  await db().transaction(async (tx) => {
    const agent = await ownJobAgent(tx, { citizenId, agentId, action: "jobagent.delete", lock: true });
    if (!agent) throw new JobAgentNotFoundError();
    await tx.delete(jobAgents).where(eq(jobAgents.id, agent.id));
    await retractNotices(tx, { citizenId, dedupePrefixes: agentNoticePrefixes(agent.id) });
  });
}

/**
 * The citizen opened their own agent's matches: that is activity (it keeps the agent alive),
 * and matches found until now are no longer new. Returns when they last looked before this,
 * or null for an agent that is not theirs (logged).
 */
export async function markJobAgentSeen({ citizenId, agentId, now = new Date() }: { citizenId: string; agentId: string; now?: Date }): Promise<Date | null> {
  const agent = await ownJobAgent(db(), { citizenId, agentId, action: "jobagent.seen" });
  if (!agent) return null;
  await db().transaction(async (tx) => {
    await tx.update(jobAgents).set({ lastSeenAt: now, lastActivityAt: now, warnedAt: null }).where(eq(jobAgents.id, agent.id));
    if (agent.warnedAt) await retractNotices(tx, { citizenId, dedupePrefixes: [`jobagent-warning:${agent.id}:`] });
  });
  return agent.lastSeenAt;
}

/**
 * The citizen looked at the list of their agents or at the overview's count of their new
 * matches: that is use of every one of their agents, so none is deleted for being unused and
 * any warning not yet sent is withdrawn. The "new" counts are not reset by this. Returns the
 * agents that had been warned, each with the day from which it would have been deleted, so
 * the page can say so (a citizen without e-mail or SMS learns of the warning here).
 */
export async function markJobAgentsUsed({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<Map<string, Date>> {
  return db().transaction(async (tx) => {
    const agents = await tx
      .select({ id: jobAgents.id, warnedAt: jobAgents.warnedAt })
      .from(jobAgents)
      .where(and(eq(jobAgents.citizenId, citizenId), lt(jobAgents.lastActivityAt, now)))
      .for("update");
    if (agents.length === 0) return new Map();
    await tx
      .update(jobAgents)
      .set({ lastActivityAt: now, warnedAt: null })
      .where(and(eq(jobAgents.citizenId, citizenId), lt(jobAgents.lastActivityAt, now)));
    const warned = agents.filter((agent) => agent.warnedAt !== null);
    if (warned.length > 0) await retractNotices(tx, { citizenId, dedupePrefixes: warned.map((agent) => `jobagent-warning:${agent.id}:`) });
    return new Map(warned.map((agent) => [agent.id, jobAgentDeletableFrom(agent.warnedAt!)]));
  });
}

/**
 * `Behold jobagenten` from the keep-alive link of an agent's warning (no login), posted from
 * the link's page — never done by opening the link, as mail scanners open every link: when
 * `token` is a valid `jobagent-keep` token for an agent that still exists, that agent counts
 * as used now and its warning, if not yet sent, is withdrawn. Returns whether it did.
 */
export async function keepJobAgentAlive({ token, now = new Date() }: { token: string; now?: Date }): Promise<boolean> {
  const agentId = verifyLinkToken(token, { purpose: "jobagent-keep", now });
  if (!agentId) return false;
  return db().transaction(async (tx) => {
    const kept = await tx
      .update(jobAgents)
      .set({ lastActivityAt: now, warnedAt: null })
      .where(eq(jobAgents.id, agentId))
      .returning({ id: jobAgents.id, citizenId: jobAgents.citizenId });
    if (kept.length === 0) return false;
    await retractNotices(tx, { citizenId: kept[0].citizenId, dedupePrefixes: [`jobagent-warning:${agentId}:`] });
    return true;
  });
}

/** What a matching run did. */
export type MatchCounts = { agents: number; matched: number; batches: number; queries: number; wouldMatch?: number };

/**
 * `jobagent-match`: compares every agent with the ads published since its watermark (a new
 * agent: every open ad), in batches of `batchSize` agents, each one transaction of three
 * statements: the batch's bounds, one insert…select of its matches, and moving the batch's
 * watermark. New matches wait for the digest. Idempotent: a match is recorded once per agent
 * and ad; a dry run only counts.
 */
export async function matchJobAgents({
  now = new Date(),
  dryRun = false,
  batchSize = MATCH_BATCH_SIZE,
  lookback = MATCH_LOOKBACK_IDS,
}: { now?: Date; dryRun?: boolean; batchSize?: number; lookback?: number } = {}): Promise<MatchCounts> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a whole number of at least 1");
  const today = danishDay(now);
  const upto = await newestAdId(db());
  let queries = 1;
  let after: string | null = null;
  const counts = { agents: 0, matched: 0, batches: 0, wouldMatch: 0 };
  for (;;) {
    const batch = await db().transaction(async (tx) => {
      const from = after === null ? sql`true` : sql`id > ${after}`;
      // Agents still below the newest ad, in id order: the batch is the ids up to the last of the next `batchSize`.
      // They are locked (for share) until the batch commits: an edit or delete of one of them
      // either committed before — the insert…select below, a new statement, sees its titles —
      // or waits for this batch and then finds its matches again. So no match is recorded for
      // a title just removed, and a deleted agent never fails the batch's insert.
      const [bounds] = rowsOf<{ last: string | null; size: number; floor: number | null }>(
        await tx.execute(sql`
          select (array_agg(id order by id desc))[1]::text as last, count(*)::int as size, min(matched_through_ad_id)::int as floor
          from (select id, matched_through_ad_id from ${jobAgents} where matched_through_ad_id < ${upto} and ${from} order by id limit ${batchSize} ${dryRun ? sql`` : sql`for share`}) b`),
      );
      if (!bounds.last) return null;
      const inBatch = sql`a.matched_through_ad_id < ${upto} and ${after === null ? sql`true` : sql`a.id > ${after}::uuid`} and a.id <= ${bounds.last}::uuid`;
      const candidates = candidateMatches(inBatch, upto, today, lookback, Math.max((bounds.floor ?? 0) - lookback, 0));
      if (dryRun) {
        const [row] = rowsOf<{ n: number }>(
          await tx.execute(sql`
            select count(*)::int as n from (${candidates}) c
            where not exists (select 1 from ${jobAgentMatches} m where m.agent_id = c.agent_id and m.job_ad_id = c.job_ad_id)`),
        );
        return { last: bounds.last, size: bounds.size, matched: 0, wouldMatch: row.n };
      }
      const matched = await recordMatches(tx, candidates, now, false);
      await tx.execute(sql`
        update ${jobAgents} a set matched_through_ad_id = ${upto}
        where ${inBatch}`);
      return { last: bounds.last, size: bounds.size, matched, wouldMatch: 0 };
    });
    queries += 1;
    if (!batch) break;
    queries += 2;
    counts.batches++;
    counts.agents += batch.size;
    counts.matched += batch.matched;
    counts.wouldMatch += batch.wouldMatch;
    after = batch.last;
    if (batch.size < batchSize) break;
  }
  const result: MatchCounts = dryRun
    ? { agents: counts.agents, matched: 0, wouldMatch: counts.wouldMatch, batches: counts.batches, queries }
    : { agents: counts.agents, matched: counts.matched, batches: counts.batches, queries };
  log.info("jobagent_match", { dryRun, ...result });
  return result;
}

/** What a digest run did. */
export type DigestCounts = { agents: number; digests: number; matches: number; queued: number; batches: number };

/**
 * `jobagent-digest`: for each agent that asked to be told (`notify`) and has untold matches
 * of open ads, one digest per period (a Danish day for daily agents; the ISO week, on Mondays,
 * for weekly ones) queued with queueNotice in the citizen's language and channels, in the
 * same transaction that marks those matches as told in that period — so a citizen is never
 * told twice about an ad, and a second run in the same period sends nothing.
 */
export async function sendJobAgentDigests({
  now = new Date(),
  dryRun = false,
  batchSize = DIGEST_BATCH_SIZE,
}: { now?: Date; dryRun?: boolean; batchSize?: number } = {}): Promise<DigestCounts> {
  const today = danishDay(now);
  const daily = digestPeriod("daily", now);
  const weekly = digestPeriod("weekly", now);
  const frequencies = isDigestDay("weekly", now) ? sql`a.frequency in ('daily', 'weekly')` : sql`a.frequency = 'daily'`;
  const counts: DigestCounts = { agents: 0, digests: 0, matches: 0, queued: 0, batches: 0 };
  const baseUrl = config().NEXTAUTH_URL;
  let after: string | null = null;
  for (;;) {
    const due: { id: string }[] = rowsOf<{ id: string }>(
      await db().execute(sql`
        select a.id::text as id from ${jobAgents} a
        where a.notify and ${frequencies}
          and a.last_digest_period is distinct from (case when a.frequency = 'daily' then ${daily} else ${weekly} end)
          and ${after === null ? sql`true` : sql`a.id > ${after}::uuid`}
          and exists (select 1 from ${jobAgentMatches} m join ${jobAds} ad on ad.id = m.job_ad_id
                      where m.agent_id = a.id and m.told_at is null and ad.deadline >= ${today})
        order by a.id limit ${batchSize}`),
    );
    if (due.length === 0) break;
    counts.batches++;
    for (const { id } of due) {
      counts.agents++;
      if (dryRun) continue;
      await db().transaction(async (tx) => {
        const [agent] = await tx.select().from(jobAgents).where(eq(jobAgents.id, id)).for("update");
        const period = agent ? digestPeriod(agent.frequency, now) : null;
        if (!agent || !period || agent.lastDigestPeriod === period || !agent.notify) return;
        const matches: DigestMatch[] = await tx
          .select({
            jobAdId: jobAds.id,
            title: jobAds.title,
            employer: jobAds.employer,
            adPostcode: jobAds.postcode,
            city: jobAds.city,
            titleCode: jobAgentMatches.titleCode,
            words: jobAgentMatches.words,
            region: jobAgentMatches.region,
            postcode: jobAgentMatches.postcode,
            distanceKm: jobAgentMatches.distanceKm,
          })
          .from(jobAgentMatches)
          .innerJoin(jobAds, eq(jobAds.id, jobAgentMatches.jobAdId))
          .where(and(eq(jobAgentMatches.agentId, agent.id), isNull(jobAgentMatches.toldAt), gte(jobAds.deadline, today)))
          .orderBy(asc(jobAgentMatches.matchedAt), asc(jobAds.id));
        if (matches.length === 0) return;
        const titles = (await tx.select().from(jobAgentTitles).where(eq(jobAgentTitles.agentId, agent.id))).map((row) => row.occupationCode).sort();
        const keepToken = signLinkToken({ purpose: "jobagent-keep", subject: agent.id, now });
        const queued = await queueNotice(tx, {
          citizenId: agent.citizenId,
          topic: "jobagent",
          dedupeKey: `jobagent:${agent.id}:${period}`,
          content: (locale) =>
            digestContent({
              locale,
              baseUrl,
              agentId: agent.id,
              agentTitles: titles,
              matches: matches.slice(0, DIGEST_MAX_LISTED),
              total: matches.length,
              keepToken,
            }),
        });
        await tx
          .update(jobAgentMatches)
          .set({ toldAt: now, digestPeriod: period })
          .where(and(eq(jobAgentMatches.agentId, agent.id), isNull(jobAgentMatches.toldAt)));
        await tx.update(jobAgents).set({ lastDigestPeriod: period }).where(eq(jobAgents.id, agent.id));
        counts.digests++;
        counts.matches += matches.length;
        counts.queued += queued.length;
      });
    }
    after = due[due.length - 1].id;
    if (due.length < batchSize) break;
  }
  log.info("jobagent_digest", { dryRun, ...counts });
  return counts;
}

/** What a housekeeping run did. */
export type HousekeepingCounts = { warned: number; deleted: number; expiredMatches: number };

/**
 * `jobagent-housekeeping`, as Jobnet does it: an agent not used for INACTIVE_MONTHS months
 * is warned by e-mail/SMS (with a link that keeps it), and deleted DELETE_DAYS_AFTER_WARNING
 * days after the warning if still not used; matches of ads whose deadline has passed are
 * removed. Using the agent in the portal or following a link in its e-mail counts as use.
 */
export async function jobAgentHousekeeping({
  now = new Date(),
  dryRun = false,
  batchSize = DIGEST_BATCH_SIZE,
}: { now?: Date; dryRun?: boolean; batchSize?: number } = {}): Promise<HousekeepingCounts> {
  const counts: HousekeepingCounts = { warned: 0, deleted: 0, expiredMatches: 0 };
  const inactiveSince = subMonths(now, INACTIVE_MONTHS);
  const deleteWarnedBefore = new Date(now.getTime() - DELETE_DAYS_AFTER_WARNING * DAY_MS);
  const baseUrl = config().NEXTAUTH_URL;

  // Delete first: an agent warned long enough ago and not used since.
  const doomed = and(isNotNull(jobAgents.warnedAt), lt(jobAgents.warnedAt, deleteWarnedBefore), lt(jobAgents.lastActivityAt, jobAgents.warnedAt));
  if (dryRun) {
    counts.deleted = (await db().select({ id: jobAgents.id }).from(jobAgents).where(doomed)).length;
  } else {
    // Each agent goes with its digests and warnings not yet sent, in one transaction.
    const gone = await db().transaction(async (tx) => {
      const rows = await tx.delete(jobAgents).where(doomed).returning({ id: jobAgents.id, citizenId: jobAgents.citizenId });
      for (const row of rows) await retractNotices(tx, { citizenId: row.citizenId, dedupePrefixes: agentNoticePrefixes(row.id) });
      return rows;
    });
    counts.deleted = gone.length;
  }

  // Then warn the agents that have just become inactive, each with its notice in one transaction.
  let after: string | null = null;
  for (;;) {
    const batch = await db()
      .select({ id: jobAgents.id })
      .from(jobAgents)
      .where(and(lt(jobAgents.lastActivityAt, inactiveSince), isNull(jobAgents.warnedAt), after === null ? undefined : gt(jobAgents.id, after)))
      .orderBy(asc(jobAgents.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    for (const { id } of batch) {
      counts.warned++;
      if (dryRun) continue;
      await db().transaction(async (tx) => {
        const [agent] = await tx.select().from(jobAgents).where(eq(jobAgents.id, id)).for("update");
        if (!agent || agent.warnedAt || agent.lastActivityAt >= inactiveSince) return;
        const titles = (await tx.select().from(jobAgentTitles).where(eq(jobAgentTitles.agentId, agent.id))).map((row) => row.occupationCode).sort();
        const keepToken = signLinkToken({ purpose: "jobagent-keep", subject: agent.id, now });
        // The day from which housekeeping may delete it (jobAgentDeletableFrom): the warning says exactly that.
        const deleteOn = jobAgentDeletableFrom(now);
        await queueNotice(tx, {
          citizenId: agent.citizenId,
          topic: "jobagent",
          dedupeKey: `jobagent-warning:${agent.id}:${danishDay(agent.lastActivityAt)}`,
          content: (locale) => warningContent({ locale, baseUrl, agentTitles: titles, deleteOn: formatDanishDate(deleteOn, locale), keepToken }),
        });
        await tx.update(jobAgents).set({ warnedAt: now }).where(eq(jobAgents.id, agent.id));
      });
    }
    after = batch[batch.length - 1].id;
    if (batch.length < batchSize) break;
  }

  // Matches of ads whose deadline has passed: the ads are no longer shown anywhere.
  const expired = sql`${jobAgentMatches.jobAdId} in (select id from ${jobAds} where deadline < ${danishDay(now)})`;
  if (dryRun) {
    counts.expiredMatches = (await db().select({ id: jobAgentMatches.jobAdId }).from(jobAgentMatches).where(expired)).length;
  } else {
    const [row] = rowsOf<{ n: number }>(
      await db().execute(sql`with gone as (delete from ${jobAgentMatches} where ${expired} returning 1) select count(*)::int as n from gone`),
    );
    counts.expiredMatches = row.n;
  }
  log.info("jobagent_housekeeping", { dryRun, ...counts });
  return counts;
}
