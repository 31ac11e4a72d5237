import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { beskeder, type Besked, type BeskedParams } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { config } from "@/lib/config";
import { assertMayReachCitizen } from "@/lib/identity/scope";
import { queueNotice } from "@/lib/notifications/outbox";
import { isStoettebehovKode, type StoettebehovKode } from "@/lib/plans/stoettebehov";
import { ownBesked } from "./ownership";
import { newBeskedNotice } from "./texts";

/** What a message to `Min beskedbakke` is about: the facts its letter is written from, frozen when it is sent. */
export type BeskedLetter =
  | { kind: "stoettebehov-registreret"; planId: string; planVersion: number; planTitle?: string; jobcenter: string; stoettebehov: readonly StoettebehovKode[] }
  | {
      kind: "stoettebehov-annulleret";
      planId: string;
      planVersion: number;
      planTitle?: string;
      jobcenter: string;
      /** The støttebehov whose registration is annulled. */
      stoettebehov: readonly StoettebehovKode[];
    };

/**
 * Sends a message with a letter to the citizen's `Min beskedbakke` (R4.1), on the caller's
 * transaction `tx`, once per `dedupeKey` (e.g. `plan:<id>:<version>:stoettebehov`): a second
 * call with a key already used writes nothing and returns the first message's id with
 * `created: false`. In the same transaction it queues the e-mail/SMS notice the citizen chose
 * for new messages, which says only that there is one and links to `/beskeder`. `actor` must
 * reach the citizen (a caseworker: their own jobcenter's); a staff actor is kept as the sender.
 */
export async function sendBesked(
  tx: Executor,
  { citizenId, letter, dedupeKey, actor, now = new Date() }: { citizenId: string; letter: BeskedLetter; dedupeKey: string; actor: Actor; now?: Date },
): Promise<{ id: string; created: boolean }> {
  await assertMayReachCitizen(tx, { actor, citizenId, action: "sendBesked" });
  if (letter.stoettebehov.length === 0 || !letter.stoettebehov.every((code) => isStoettebehovKode(code))) {
    throw new TypeError("a letter about støttebehov names at least one, each a known code");
  }
  const params: BeskedParams = {
    planId: letter.planId,
    planVersion: letter.planVersion,
    ...(letter.planTitle ? { planTitle: letter.planTitle } : {}),
    jobcenter: letter.jobcenter,
    stoettebehov: [...letter.stoettebehov],
  };
  const [inserted] = await tx
    .insert(beskeder)
    .values({ citizenId, kind: letter.kind, params, dedupeKey, createdAt: now, createdBy: actor.kind === "staff" ? actor.id : null })
    .onConflictDoNothing({ target: beskeder.dedupeKey })
    .returning({ id: beskeder.id });
  if (!inserted) {
    const [existing] = await tx.select({ id: beskeder.id, citizenId: beskeder.citizenId }).from(beskeder).where(eq(beskeder.dedupeKey, dedupeKey));
    // A key names one change to one citizen's plan: used for another citizen it is the caller's mistake, never a message to share.
    if (existing.citizenId !== citizenId) throw new Error("the dedupe key of a message was used for another citizen");
    return { id: existing.id, created: false };
  }
  await queueNotice(tx, {
    citizenId,
    topic: "besked",
    dedupeKey: `besked:${inserted.id}`,
    content: (locale) => newBeskedNotice({ locale, baseUrl: config().NEXTAUTH_URL }),
  });
  return { id: inserted.id, created: true };
}

/**
 * Opens one of the citizen's own messages: returns it and, the first time, marks it read (its
 * page and its letter's PDF both count as opening it) — unless `markRead` is false, for a
 * request that is not the citizen reading it (a HEAD request or a browser's prefetch:
 * read-intent.ts). Null for a message that is not the citizen's own (another citizen's is
 * logged) or an id that names none.
 */
export async function openBesked({
  citizenId,
  beskedId,
  markRead = true,
  now = new Date(),
}: {
  citizenId: string;
  beskedId: string;
  markRead?: boolean;
  now?: Date;
}): Promise<Besked | null> {
  if (!markRead) return ownBesked(db(), { citizenId, beskedId, action: "open_besked" });
  return db().transaction(async (tx) => {
    const besked = await ownBesked(tx, { citizenId, beskedId, action: "open_besked", lock: true });
    if (!besked || besked.readAt) return besked;
    const [read] = await tx.update(beskeder).set({ readAt: now }).where(eq(beskeder.id, besked.id)).returning();
    return read;
  });
}
