import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, asc, count, eq, gt, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { db, type Database, type Executor } from "@/db/client";
import { citizens, notificationSettings, notificationVerifications, outboxMessages, type NotificationChannel, type OutboxMessage } from "@/db/schema";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import type { NoticeTopic } from "./outbox";
import { queueMessage, retractNotices } from "./outbox";
import { verificationMessage } from "./texts";

// Changes to `Få besked på SMS og/eller e-mail` (R1.7). Every function takes the citizen's id
// from the session or from a verified signed link, never from a form, and changes that
// citizen's own row only, each in one transaction. A verification code is kept only as a
// keyed hash; it works for CODE_MINUTES and MAX_CODE_ATTEMPTS wrong tries.

export const CODE_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
/** At most this many codes per citizen and channel in an hour (each is an e-mail or an SMS someone pays for). */
export const MAX_CODES_PER_HOUR = 5;

type Locale = "da" | "en";

/** Why a code was not accepted, as the form's message key (under `notifications.errors`). */
export type CodeRefusal = "noPendingCode" | "codeExpired" | "tooManyAttempts" | "codeWrong";

function codeHash({ citizenId, channel, address, code }: { citizenId: string; channel: NotificationChannel; address: string; code: string }): string {
  const key = createHmac("sha256", config().NEXTAUTH_SECRET).update("jobnet verification codes v1").digest();
  return createHmac("sha256", key).update(`${citizenId}\n${channel}\n${address}\n${code}`).digest("base64url");
}

/** Makes the citizen's settings row if there is none (defaults: nothing chosen). */
async function ensureSettings(tx: Executor, citizenId: string, locale: Locale): Promise<void> {
  await tx.insert(notificationSettings).values({ citizenId, locale }).onConflictDoNothing({ target: notificationSettings.citizenId });
}

/**
 * `Send kode`: a new 6-digit code for `address` on `channel`, replacing any pending one, and
 * the message that carries it queued in the same transaction. Returns the outbox message's id
 * (for prompt delivery after commit), or `tooManyCodes` when the hour's codes are used up.
 */
export async function requestVerificationCode({
  citizenId,
  channel,
  address,
  locale,
  now = new Date(),
}: {
  citizenId: string;
  channel: NotificationChannel;
  address: string;
  locale: Locale;
  now?: Date;
}): Promise<{ messageId: string } | { refused: "tooManyCodes" }> {
  return db().transaction(async (tx) => {
    // One at a time per citizen: two quick presses cannot both pass the count.
    await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId)).for("update");
    const [{ sent }] = await tx
      .select({ sent: count() })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.citizenId, citizenId),
          eq(outboxMessages.topic, "verification"),
          eq(outboxMessages.channel, channel),
          gt(outboxMessages.createdAt, new Date(now.getTime() - 60 * 60 * 1000)),
        ),
      );
    if (sent >= MAX_CODES_PER_HOUR) return { refused: "tooManyCodes" as const };
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const values = {
      codeHash: codeHash({ citizenId, channel, address, code }),
      address,
      attempts: 0,
      expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
      createdAt: now,
    };
    const [verification] = await tx
      .insert(notificationVerifications)
      .values({ citizenId, channel, ...values })
      .onConflictDoUpdate({ target: [notificationVerifications.citizenId, notificationVerifications.channel], set: values })
      .returning({ id: notificationVerifications.id });
    const message = verificationMessage(code, locale);
    const dedupeKey = `verification:${verification.id}:${now.getTime()}`;
    await queueMessage(tx, {
      citizenId,
      channel,
      recipient: address,
      topic: "verification",
      dedupeKey,
      ...(channel === "email" ? { subject: message.subject, text: message.text, html: message.html } : { text: message.sms }),
    });
    const [queued] = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.dedupeKey, dedupeKey), eq(outboxMessages.channel, channel)));
    return { messageId: queued.id };
  });
}

/**
 * `Bekræft`: checks `code` against the citizen's pending code for `channel`. The right code
 * makes the address the citizen's verified one (replacing any earlier one) and removes the
 * pending code; a wrong one counts, and is kept counted.
 */
export async function confirmVerificationCode({
  citizenId,
  channel,
  code,
  locale,
  now = new Date(),
}: {
  citizenId: string;
  channel: NotificationChannel;
  code: string;
  locale: Locale;
  now?: Date;
}): Promise<{ verified: string } | { refused: CodeRefusal }> {
  return db().transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(notificationVerifications)
      .where(and(eq(notificationVerifications.citizenId, citizenId), eq(notificationVerifications.channel, channel)))
      .for("update");
    if (!pending) return { refused: "noPendingCode" as const };
    if (pending.expiresAt <= now) return { refused: "codeExpired" as const };
    if (pending.attempts >= MAX_CODE_ATTEMPTS) return { refused: "tooManyAttempts" as const };
    const expected = Buffer.from(pending.codeHash);
    const given = Buffer.from(codeHash({ citizenId, channel, address: pending.address, code }));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      await tx
        .update(notificationVerifications)
        .set({ attempts: sql`${notificationVerifications.attempts} + 1` })
        .where(eq(notificationVerifications.id, pending.id));
      log.info("notification_code_refused", { citizenId, channel, attempt: pending.attempts + 1 });
      return { refused: pending.attempts + 1 >= MAX_CODE_ATTEMPTS ? ("tooManyAttempts" as const) : ("codeWrong" as const) };
    }
    await ensureSettings(tx, citizenId, locale);
    await tx
      .update(notificationSettings)
      .set(
        channel === "email"
          ? { email: pending.address, emailVerifiedAt: now, updatedAt: now }
          : { phone: pending.address, phoneVerifiedAt: now, updatedAt: now },
      )
      .where(eq(notificationSettings.citizenId, citizenId));
    await tx.delete(notificationVerifications).where(eq(notificationVerifications.id, pending.id));
    return { verified: pending.address };
  });
}

/** `Fjern`: forgets the citizen's address on `channel`, any pending code for it, and every choice of that channel. */
export async function removeNotificationAddress({
  citizenId,
  channel,
  now = new Date(),
}: {
  citizenId: string;
  channel: NotificationChannel;
  now?: Date;
}): Promise<void> {
  await db().transaction(async (tx) => {
    const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.citizenId, citizenId)).for("update");
    const [verification] = await tx
      .select({ address: notificationVerifications.address })
      .from(notificationVerifications)
      .where(and(eq(notificationVerifications.citizenId, citizenId), eq(notificationVerifications.channel, channel)));
    // Nothing still unsent goes to an address the citizen took away: not a notice, not a code.
    const removed = new Set([channel === "email" ? settings?.email : settings?.phone, verification?.address].filter((address) => Boolean(address)) as string[]);
    for (const recipient of removed) await retractNotices(tx, { citizenId, recipient });
    await tx
      .update(notificationSettings)
      .set(
        channel === "email"
          ? { email: null, emailVerifiedAt: null, jobagentEmail: false, beskedEmail: false, updatedAt: now }
          : { phone: null, phoneVerifiedAt: null, jobagentSms: false, beskedSms: false, updatedAt: now },
      )
      .where(eq(notificationSettings.citizenId, citizenId));
    await tx.delete(notificationVerifications).where(and(eq(notificationVerifications.citizenId, citizenId), eq(notificationVerifications.channel, channel)));
  });
}

/**
 * Saves what the citizen wants to be told about, and how, and the language to write in.
 * A channel without a verified address cannot be chosen: the whole change is refused with
 * the channels that lack one, and nothing is written. A citizen who is gone (a link in an old
 * notice) is refused as `noCitizen`. A channel turned off for a topic takes back that topic's
 * notices not yet sent on it, in the same transaction.
 */
export async function saveNotificationChoices({
  citizenId,
  jobagent,
  besked,
  locale,
  now = new Date(),
}: {
  citizenId: string;
  jobagent: readonly NotificationChannel[];
  besked: readonly NotificationChannel[];
  locale: Locale;
  now?: Date;
}): Promise<{ saved: true } | { unverified: NotificationChannel[] } | { refused: "noCitizen" }> {
  return db().transaction(async (tx) => {
    // The citizen may be gone (access deleted) while a link is still around.
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId)).for("update");
    if (!citizen) return { refused: "noCitizen" as const };
    const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.citizenId, citizenId)).for("update");
    const verified = { email: Boolean(settings?.email && settings.emailVerifiedAt), sms: Boolean(settings?.phone && settings.phoneVerifiedAt) };
    const chosen = new Set([...jobagent, ...besked]);
    const unverified = (["email", "sms"] as const).filter((channel) => chosen.has(channel) && !verified[channel]);
    // Refused before anything is written: not even the default row.
    if (unverified.length > 0) return { unverified };
    const choices = {
      locale,
      jobagentEmail: jobagent.includes("email"),
      jobagentSms: jobagent.includes("sms"),
      beskedEmail: besked.includes("email"),
      beskedSms: besked.includes("sms"),
      updatedAt: now,
    };
    if (settings) {
      const turnedOff = [
        { topic: "jobagent", was: settings.jobagentEmail, is: choices.jobagentEmail, recipient: settings.email },
        { topic: "jobagent", was: settings.jobagentSms, is: choices.jobagentSms, recipient: settings.phone },
        { topic: "besked", was: settings.beskedEmail, is: choices.beskedEmail, recipient: settings.email },
        { topic: "besked", was: settings.beskedSms, is: choices.beskedSms, recipient: settings.phone },
      ];
      for (const { topic, was, is, recipient } of turnedOff) {
        if (was && !is && recipient) await retractNotices(tx, { citizenId, topic, recipient });
      }
    }
    await tx
      .insert(notificationSettings)
      .values({ citizenId, ...choices })
      .onConflictDoUpdate({ target: notificationSettings.citizenId, set: choices });
    return { saved: true as const };
  });
}

/**
 * `Afmeld` from a signed link: no more notices about `topic` on any channel, for the citizen the
 * link names; the topic's notices not yet sent are taken back in the same transaction.
 */
export async function unsubscribeFromTopic({ citizenId, topic, now = new Date() }: { citizenId: string; topic: NoticeTopic; now?: Date }): Promise<void> {
  await db().transaction(async (tx) => {
    await tx
      .update(notificationSettings)
      .set(topic === "jobagent" ? { jobagentEmail: false, jobagentSms: false, updatedAt: now } : { beskedEmail: false, beskedSms: false, updatedAt: now })
      .where(eq(notificationSettings.citizenId, citizenId));
    await retractNotices(tx, { citizenId, topic });
  });
}

// The outbox sender's database work (lib/notifications/sender.ts runs it). A claim counts the
// attempt, so a claimed row's `attempts` is the claim's version: every later change by that
// sender names it, and a row another sender has claimed since (after the lease ran out) is no
// longer this sender's to send or to record.

/** Whether `now` falls after the row's lease (or it has none), so a sender may claim it. */
const leaseFree = (now: Date) => or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now));

/** Claims up to `limit` due messages (only those in `ids`, if given) for one sender, counting the attempt and holding each for `leaseSeconds`. */
export async function claimOutboxMessages({
  now,
  limit,
  ids,
  leaseSeconds,
  database = db(),
}: {
  now: Date;
  limit: number;
  ids?: string[];
  leaseSeconds: number;
  database?: Database;
}): Promise<OutboxMessage[]> {
  const lockedUntil = new Date(now.getTime() + leaseSeconds * 1000);
  const due = database
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        inArray(outboxMessages.status, ["pending", "sending"]),
        // Messages just queued (`ids`) are due whatever the database's clock said to the microsecond.
        ids ? inArray(outboxMessages.id, ids) : lte(outboxMessages.nextAttemptAt, now),
        leaseFree(now),
      ),
    )
    .orderBy(asc(outboxMessages.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return database
    .update(outboxMessages)
    .set({ status: "sending", lockedUntil, attempts: sql`${outboxMessages.attempts} + 1` })
    .where(inArray(outboxMessages.id, due))
    .returning();
}

/** The claimed row itself, as long as no other sender has claimed it since (`attempts` is the claim's version). */
const stillClaimed = (message: Pick<OutboxMessage, "id" | "attempts">) =>
  and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "sending"), eq(outboxMessages.attempts, message.attempts));

/**
 * Right before handing a claimed message over: holds it for another `leaseSeconds` from
 * `now`, if this sender's claim still holds. False: the lease ran out and another sender has
 * it (or it was retracted), so this sender must not send it.
 */
export async function renewOutboxLease({
  message,
  now,
  leaseSeconds,
  database = db(),
}: {
  message: Pick<OutboxMessage, "id" | "attempts">;
  now: Date;
  leaseSeconds: number;
  database?: Database;
}): Promise<boolean> {
  const rows = await database
    .update(outboxMessages)
    .set({ lockedUntil: new Date(now.getTime() + leaseSeconds * 1000) })
    .where(stillClaimed(message))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** What became of one attempt: sent, tried again at `nextAttemptAt`, or given up; `lastError` is a kind only. */
export type OutboxOutcome =
  { status: "sent"; at: Date } | { status: "pending"; nextAttemptAt: Date; lastError: string } | { status: "failed"; lastError: string };

/** Records the outcome of this sender's attempt, only while its claim holds. Returns whether it was recorded. */
export async function recordOutboxOutcome({
  message,
  outcome,
  database = db(),
}: {
  message: Pick<OutboxMessage, "id" | "attempts">;
  outcome: OutboxOutcome;
  database?: Database;
}): Promise<boolean> {
  const rows = await database
    .update(outboxMessages)
    .set(
      outcome.status === "sent"
        ? { status: "sent", sentAt: outcome.at, lockedUntil: null, lastError: null }
        : outcome.status === "pending"
          ? { status: "pending", lockedUntil: null, lastError: outcome.lastError, nextAttemptAt: outcome.nextAttemptAt }
          : { status: "failed", lockedUntil: null, lastError: outcome.lastError },
    )
    .where(stillClaimed(message))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** How many messages are due at `now` and free to claim (the sender's dry run). */
export async function countDueOutboxMessages({ now, database = db() }: { now: Date; database?: Database }): Promise<number> {
  const [row] = await database
    .select({ count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(and(inArray(outboxMessages.status, ["pending", "sending"]), lte(outboxMessages.nextAttemptAt, now), leaseFree(now)));
  return row?.count ?? 0;
}

/**
 * The `outbox-housekeeping` job: empties the address and texts of messages sent (or given up
 * or retracted) before `before` — the row stays, so its dedupe key still stops a notice being
 * queued twice — and deletes verifications that have expired at `now`.
 */
export async function cleanOutboxRows({
  now,
  before,
  dryRun,
  database = db(),
}: {
  now: Date;
  before: Date;
  dryRun: boolean;
  database?: Database;
}): Promise<Record<string, number>> {
  const old = and(
    inArray(outboxMessages.status, ["sent", "failed", "retracted"]),
    // A raw expression gets no column type, so the moment travels as text.
    sql`coalesce(${outboxMessages.sentAt}, ${outboxMessages.createdAt}) < ${before.toISOString()}::timestamptz`,
    or(sql`${outboxMessages.text} <> ''`, sql`${outboxMessages.recipient} <> ''`),
  );
  const expired = lt(notificationVerifications.expiresAt, now);
  if (dryRun) {
    const [messages] = await database
      .select({ count: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .where(old);
    const [verifications] = await database
      .select({ count: sql<number>`count(*)::int` })
      .from(notificationVerifications)
      .where(expired);
    return { emptied: 0, wouldEmpty: messages?.count ?? 0, verificationsDeleted: 0, wouldDeleteVerifications: verifications?.count ?? 0 };
  }
  const emptied = await database
    .update(outboxMessages)
    .set({ recipient: "", subject: null, text: "", html: null })
    .where(old)
    .returning({ id: outboxMessages.id });
  const deleted = await database.delete(notificationVerifications).where(expired).returning({ id: notificationVerifications.id });
  return { emptied: emptied.length, verificationsDeleted: deleted.length };
}
