import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens } from "@/db/schema";
import { queueNotice, type NoticeTopic } from "@/lib/notifications/outbox";

/** A notice about `topic` to the fixture citizen with `cpr`, queued as a real one is (footer and all); for /api/e2e/notices only. */
export async function queueE2eNotice({ cpr, topic }: { cpr: string; topic: NoticeTopic }) {
  return db().transaction(async (tx) => {
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
    if (!citizen) return [];
    return queueNotice(tx, {
      citizenId: citizen.id,
      topic,
      dedupeKey: `e2e:${topic}:${cpr}:${Date.now()}`,
      content: (locale) => ({
        subject: locale === "da" ? "Nye job fra din jobagent" : "New jobs from your job agent",
        text: locale === "da" ? "Din jobagent har fundet 1 nyt job." : "Your job agent found 1 new job.",
        html: locale === "da" ? "<p>Din jobagent har fundet 1 nyt job.</p>" : "<p>Your job agent found 1 new job.</p>",
        sms: locale === "da" ? "Din jobagent har fundet 1 nyt job." : "Your job agent found 1 new job.",
      }),
    });
  });
}
