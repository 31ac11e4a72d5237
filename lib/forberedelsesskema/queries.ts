import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { forberedelsesskemaer, type Forberedelsesskema } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { assertMayReachCitizen } from "@/lib/identity/scope";

/** The citizen's own questionnaire — a draft or the submitted one — or null when they have not started one. */
export async function getForberedelsesskema({ citizenId }: { citizenId: string }): Promise<Forberedelsesskema | null> {
  const [row] = await db().select().from(forberedelsesskemaer).where(eq(forberedelsesskemaer.citizenId, citizenId));
  return row ?? null;
}

/** A submitted questionnaire as its receipt shows it: reference, when it was sent, and the answers. */
export interface ForberedelsesskemaReceipt {
  reference: string;
  receivedAt: Date;
  answers: Record<string, string>;
}

/** The citizen's own submitted questionnaire for its receipt, or null while it is not submitted. */
export async function getForberedelsesskemaReceipt({ citizenId }: { citizenId: string }): Promise<ForberedelsesskemaReceipt | null> {
  const skema = await getForberedelsesskema({ citizenId });
  if (!skema?.submittedAt || !skema.reference) return null;
  return { reference: skema.reference, receivedAt: skema.submittedAt, answers: skema.answers };
}

/**
 * A citizen's submitted questionnaire for their caseworker (R3.1): checked for reach (a
 * caseworker their own jobcenter's citizens, support everyone; CitizenOutOfScopeError
 * otherwise), and every read of the answers is written to the audit log in the same
 * transaction. Null while the citizen has not submitted one (a draft is the citizen's own).
 */
export async function readSubmittedForberedelsesskema({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<ForberedelsesskemaReceipt | null> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: viewer, citizenId, action: "read_forberedelsesskema" });
    const [skema] = await tx
      .select({ reference: forberedelsesskemaer.reference, receivedAt: forberedelsesskemaer.submittedAt, answers: forberedelsesskemaer.answers })
      .from(forberedelsesskemaer)
      .where(and(eq(forberedelsesskemaer.citizenId, citizenId), isNotNull(forberedelsesskemaer.submittedAt)));
    if (!skema?.reference || !skema.receivedAt) return null;
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "forberedelsesskema.read", subjectCitizenId: citizenId });
    return { reference: skema.reference, receivedAt: skema.receivedAt, answers: skema.answers };
  });
}
