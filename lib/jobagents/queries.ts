import "server-only";
import { and, asc, count, desc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobAds, jobAgentMatches, jobAgents, jobAgentTitles, type JobAd, type JobAgent, type JobAgentMatch } from "@/db/schema";
import { verifyLinkToken } from "@/lib/notifications/signed-link";
import { isJobAgentId, ownJobAgent } from "./ownership";

/** A job agent as its pages show it: its settings and its exact title codes. */
export type JobAgentView = Pick<
  JobAgent,
  "id" | "words" | "region" | "postcode" | "distanceKm" | "frequency" | "notify" | "createdAt" | "lastSeenAt" | "warnedAt"
> & {
  titles: string[];
};

/** An agent in the citizen's list, with how many open ads it has found and how many of them are new since the citizen last looked. */
export type JobAgentListItem = JobAgentView & { matchCount: number; newMatchCount: number };

/** One match on an agent's page: the ad, and why it matched. */
export type JobAgentMatchView = Pick<JobAgentMatch, "titleCode" | "words" | "region" | "postcode" | "distanceKm" | "matchedAt"> & {
  ad: Pick<JobAd, "id" | "title" | "employer" | "postcode" | "city" | "publishedAt" | "deadline">;
  isNewMatch: boolean;
};

/** The most matches an agent's page lists (newest first). */
export const MATCHES_SHOWN = 200;

const agentColumns = {
  id: jobAgents.id,
  words: jobAgents.words,
  region: jobAgents.region,
  postcode: jobAgents.postcode,
  distanceKm: jobAgents.distanceKm,
  frequency: jobAgents.frequency,
  notify: jobAgents.notify,
  createdAt: jobAgents.createdAt,
  lastSeenAt: jobAgents.lastSeenAt,
  warnedAt: jobAgents.warnedAt,
};

async function titlesOf(agentIds: string[]): Promise<Map<string, string[]>> {
  const titles = new Map<string, string[]>();
  if (agentIds.length === 0) return titles;
  const rows = await db().select().from(jobAgentTitles).where(inArray(jobAgentTitles.agentId, agentIds)).orderBy(asc(jobAgentTitles.occupationCode));
  for (const row of rows) titles.set(row.agentId, [...(titles.get(row.agentId) ?? []), row.occupationCode]);
  return titles;
}

/**
 * The citizen's own job agents, oldest first, each with its number of matches among open ads
 * (deadline `today` or later) and how many of those it found since the citizen last opened it.
 */
export async function listJobAgents({ citizenId, today }: { citizenId: string; today: string }): Promise<JobAgentListItem[]> {
  const agents = await db()
    .select({
      ...agentColumns,
      matchCount: sql<number>`(select count(*)::int from ${jobAgentMatches} m join ${jobAds} a on a.id = m.job_ad_id where m.agent_id = "job_agents"."id" and a.deadline >= ${today})`,
      newMatchCount: sql<number>`(select count(*)::int from ${jobAgentMatches} m join ${jobAds} a on a.id = m.job_ad_id where m.agent_id = "job_agents"."id" and a.deadline >= ${today} and m.matched_at > "job_agents"."last_seen_at")`,
    })
    .from(jobAgents)
    .where(eq(jobAgents.citizenId, citizenId))
    .orderBy(asc(jobAgents.createdAt), asc(jobAgents.id));
  const titles = await titlesOf(agents.map((agent) => agent.id));
  return agents.map((agent) => ({ ...agent, titles: titles.get(agent.id) ?? [] }));
}

/** The citizen's own agent `agentId` with its titles; null when there is none (another citizen's is not theirs: logged, and null). */
export async function getJobAgent({ citizenId, agentId }: { citizenId: string; agentId: string }): Promise<JobAgentView | null> {
  const agent = await ownJobAgent(db(), { citizenId, agentId, action: "jobagent.read" });
  if (!agent) return null;
  const titles = await titlesOf([agent.id]);
  return {
    id: agent.id,
    words: agent.words,
    region: agent.region,
    postcode: agent.postcode,
    distanceKm: agent.distanceKm,
    frequency: agent.frequency,
    notify: agent.notify,
    createdAt: agent.createdAt,
    lastSeenAt: agent.lastSeenAt,
    warnedAt: agent.warnedAt,
    titles: titles.get(agent.id) ?? [],
  };
}

/**
 * The matches of the citizen's own agent among open ads, newest first (at most MATCHES_SHOWN),
 * each with why it matched and whether it is new since `seenBefore`. Null for an agent that is
 * not the citizen's (logged).
 */
export async function listJobAgentMatches({
  citizenId,
  agentId,
  today,
  seenBefore,
}: {
  citizenId: string;
  agentId: string;
  today: string;
  seenBefore: Date;
}): Promise<JobAgentMatchView[] | null> {
  const agent = await ownJobAgent(db(), { citizenId, agentId, action: "jobagent.matches" });
  if (!agent) return null;
  const rows = await db()
    .select({
      titleCode: jobAgentMatches.titleCode,
      words: jobAgentMatches.words,
      region: jobAgentMatches.region,
      postcode: jobAgentMatches.postcode,
      distanceKm: jobAgentMatches.distanceKm,
      matchedAt: jobAgentMatches.matchedAt,
      ad: {
        id: jobAds.id,
        title: jobAds.title,
        employer: jobAds.employer,
        postcode: jobAds.postcode,
        city: jobAds.city,
        publishedAt: jobAds.publishedAt,
        deadline: jobAds.deadline,
      },
    })
    .from(jobAgentMatches)
    .innerJoin(jobAds, eq(jobAds.id, jobAgentMatches.jobAdId))
    .where(and(eq(jobAgentMatches.agentId, agent.id), gte(jobAds.deadline, today)))
    .orderBy(desc(jobAgentMatches.matchedAt), desc(jobAgentMatches.jobAdId))
    .limit(MATCHES_SHOWN);
  return rows.map((row) => ({ ...row, isNewMatch: row.matchedAt > seenBefore }));
}

/** How many new matches (among open ads, found since the citizen last opened the agent) the citizen's own agents have, for the overview; null when they have no agent. */
export async function countNewJobAgentMatches({
  citizenId,
  today,
}: {
  citizenId: string;
  today: string;
}): Promise<{ agents: number; newMatches: number } | null> {
  const [{ agents }] = await db().select({ agents: count() }).from(jobAgents).where(eq(jobAgents.citizenId, citizenId));
  if (agents === 0) return null;
  const [{ newMatches }] = await db()
    .select({ newMatches: count() })
    .from(jobAgentMatches)
    .innerJoin(jobAgents, eq(jobAgents.id, jobAgentMatches.agentId))
    .innerJoin(jobAds, eq(jobAds.id, jobAgentMatches.jobAdId))
    .where(and(eq(jobAgents.citizenId, citizenId), gte(jobAds.deadline, today), gt(jobAgentMatches.matchedAt, jobAgents.lastSeenAt)));
  return { agents, newMatches };
}

/**
 * Whether `token` is a valid keep-alive link (`jobagent-keep`) of an agent that still exists.
 * Only looks: the link's page shows `Behold jobagenten`, and only its post keeps the agent.
 */
export async function isJobAgentKeepLinkValid({ token, now = new Date() }: { token: string; now?: Date }): Promise<boolean> {
  const agentId = verifyLinkToken(token, { purpose: "jobagent-keep", now });
  if (!agentId || !isJobAgentId(agentId)) return false;
  const [agent] = await db().select({ id: jobAgents.id }).from(jobAgents).where(eq(jobAgents.id, agentId));
  return agent !== undefined;
}
