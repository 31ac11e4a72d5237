import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { jobAgents, type JobAgent } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The agent is not the citizen's: it never was, it is another citizen's, or it was deleted (404). */
export class JobAgentNotFoundError extends AppError {
  constructor() {
    super(404, "jobagents.errors.notFound", "job agent not found");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `agentId` is written as an agent's id can be; anything else names no agent. */
export function isJobAgentId(agentId: string): boolean {
  return UUID.test(agentId);
}

/**
 * The citizen's own agent `agentId`, or null. Another citizen's agent is treated as not
 * there, and the attempt is logged like every refused reach (who, what, whose — never the
 * agent's settings). With `lock`, the row is locked for the caller's transaction.
 */
export async function ownJobAgent(
  executor: Executor,
  { citizenId, agentId, action, lock = false }: { citizenId: string; agentId: string; action: string; lock?: boolean },
): Promise<JobAgent | null> {
  if (!isJobAgentId(agentId)) return null;
  const query = executor.select().from(jobAgents).where(eq(jobAgents.id, agentId));
  const [agent] = lock ? await query.for("update") : await query;
  if (!agent) return null;
  if (agent.citizenId === citizenId) return agent;
  log.warn("citizen_access_denied", { actorKind: "citizen", actorId: citizenId, action, citizenId: agent.citizenId, agentId });
  return null;
}
