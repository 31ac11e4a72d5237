import "server-only";
import { and, count, desc, eq, isNull, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { beskeder, type Besked } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { assertMayReachCitizen } from "@/lib/identity/scope";

/** A message as `Min beskedbakke` lists it: its kind and frozen facts (the texts are rendered from them), when it came, and whether it is read. */
export type BeskedView = Pick<Besked, "id" | "kind" | "params" | "createdAt" | "readAt">;

const viewColumns = { id: beskeder.id, kind: beskeder.kind, params: beskeder.params, createdAt: beskeder.createdAt, readAt: beskeder.readAt };

/** The citizen's own messages (R4.1), newest first. */
export async function listBeskeder({ citizenId }: { citizenId: string }): Promise<BeskedView[]> {
  return db().select(viewColumns).from(beskeder).where(eq(beskeder.citizenId, citizenId)).orderBy(desc(beskeder.createdAt), desc(beskeder.id));
}

/**
 * How many of the citizen's own messages they have not opened yet, for the menu and the
 * overview; `except` leaves out the message being opened on this request (unread.ts).
 */
export async function countUnreadBeskeder({ citizenId, except }: { citizenId: string; except?: string }): Promise<number> {
  const [row] = await db()
    .select({ unread: count() })
    .from(beskeder)
    .where(and(eq(beskeder.citizenId, citizenId), isNull(beskeder.readAt), except === undefined ? undefined : ne(beskeder.id, except)));
  return row?.unread ?? 0;
}

/**
 * The messages sent to a citizen, newest first, for their caseworker's page: what and when,
 * and whether the citizen has read it. Only a viewer who reaches the citizen (a caseworker:
 * their own jobcenter's); a refusal is logged and thrown (403). Every read is written to the
 * audit log (`beskeder.read`) in the same transaction, as every staff read of a citizen's own things is.
 */
export async function listBeskederForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<BeskedView[]> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: viewer, citizenId, action: "list_beskeder" });
    const list = await tx.select(viewColumns).from(beskeder).where(eq(beskeder.citizenId, citizenId)).orderBy(desc(beskeder.createdAt), desc(beskeder.id));
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "beskeder.read", subjectCitizenId: citizenId });
    return list;
  });
}
