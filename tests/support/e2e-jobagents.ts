import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens, jobAgents } from "@/db/schema";
import { signLinkToken } from "@/lib/notifications/signed-link";

/** The agents' last use, put back 70 days, so housekeeping warns them; returns each agent's keep-alive token. For /api/e2e/jobagents only. */
export async function ageE2eJobAgents({ cpr }: { cpr: string }): Promise<{ id: string; keepToken: string }[]> {
  const [citizen] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
  if (!citizen) return [];
  const agents = await db().select({ id: jobAgents.id }).from(jobAgents).where(eq(jobAgents.citizenId, citizen.id));
  if (agents.length === 0) return [];
  const longAgo = new Date(Date.now() - 70 * 24 * 60 * 60 * 1000);
  await db()
    .update(jobAgents)
    .set({ lastActivityAt: longAgo, warnedAt: null })
    .where(
      inArray(
        jobAgents.id,
        agents.map((agent) => agent.id),
      ),
    );
  return agents.map(({ id }) => ({ id, keepToken: signLinkToken({ purpose: "jobagent-keep", subject: id }) }));
}
