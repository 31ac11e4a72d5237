import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { notificationVerifications, outboxMessages, type OutboxMessage } from "@/db/schema";
import { log } from "@/lib/log";
import { configuredTransports, DeliveryError, type MailTransport, type SmsGateway } from "./transports";

// The outbox's sender: the scheduled job `outbox-send` (lib/jobs/registry.ts) and the prompt
// delivery of a verification code. A sender claims due messages in one statement
// (`for update skip locked`) and holds each for a lease (`locked_until`): two portal instances
// never claim the same message, and a message whose sender died mid-send is claimed again
// once its lease has run out. Only counts are logged, never an address or a text.

/** How many messages one claim takes. */
export const SEND_BATCH_SIZE = 50;
/** How long a claimed message is held before another sender may take it: far longer than a send may take. */
export const LEASE_SECONDS = 5 * 60;
/** After this many attempts a message is given up (`failed`). */
export const MAX_ATTEMPTS = 8;
/** Minutes to wait before the next attempt, after the 1st, 2nd, … failed one (about 18 hours in all). */
export const RETRY_MINUTES = [1, 5, 15, 60, 120, 240, 600] as const;
/** Days a sent message's address and texts are kept before housekeeping empties them. */
export const KEEP_SENT_DAYS = 7;

export interface Transports {
  email: MailTransport;
  sms: SmsGateway;
}

export interface SendCounts {
  [name: string]: number;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** When the attempt after `attempts` failed ones is due. */
export function nextAttemptAfter(attempts: number, now: Date): Date {
  const minutes = RETRY_MINUTES[Math.min(attempts, RETRY_MINUTES.length) - 1] ?? RETRY_MINUTES[0];
  return new Date(now.getTime() + minutes * 60_000);
}

/** Claims up to `limit` due messages (only those in `ids`, if given) for this sender, counting the attempt. */
async function claimDueMessages(database: Database, { now, limit, ids }: { now: Date; limit: number; ids?: string[] }): Promise<OutboxMessage[]> {
  const lockedUntil = new Date(now.getTime() + LEASE_SECONDS * 1000);
  const due = database
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        inArray(outboxMessages.status, ["pending", "sending"]),
        // Messages just queued (`ids`) are due whatever the database's clock said to the microsecond.
        ids ? inArray(outboxMessages.id, ids) : lte(outboxMessages.nextAttemptAt, now),
        or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
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

/** Hands one claimed message to its transport. */
async function deliver(message: OutboxMessage, transports: Transports): Promise<void> {
  if (message.channel === "email") {
    await transports.email.send({ to: message.recipient, subject: message.subject ?? "Jobnet", text: message.text, html: message.html });
  } else {
    await transports.sms.send({ to: message.recipient, text: message.text });
  }
}

/** Sends the claimed messages one by one and records each outcome; the lease guards each row until then. */
async function sendClaimed(database: Database, claimed: OutboxMessage[], transports: Transports, now: () => Date): Promise<SendCounts> {
  const counts: SendCounts = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const message of claimed) {
    const mine = and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "sending"));
    try {
      await deliver(message, transports);
    } catch (error) {
      const code = error instanceof DeliveryError ? error.code : "unexpected";
      const giveUp = (error instanceof DeliveryError && error.permanent) || message.attempts >= MAX_ATTEMPTS;
      await database
        .update(outboxMessages)
        .set(
          giveUp
            ? { status: "failed", lockedUntil: null, lastError: code }
            : { status: "pending", lockedUntil: null, lastError: code, nextAttemptAt: nextAttemptAfter(message.attempts, now()) },
        )
        .where(mine);
      if (giveUp) counts.failed++;
      else counts.retrying++;
      continue;
    }
    await database.update(outboxMessages).set({ status: "sent", sentAt: now(), lockedUntil: null, lastError: null }).where(mine);
    counts.sent++;
  }
  return counts;
}

/**
 * The `outbox-send` job: sends every message that is due, in batches, until none is left
 * (or `maxBatches`). With `dryRun` it only counts the due messages.
 */
export async function sendDueMessages({
  now = new Date(),
  dryRun = false,
  transports,
  database = db(),
  batchSize = SEND_BATCH_SIZE,
  maxBatches = 20,
}: { now?: Date; dryRun?: boolean; transports?: Transports; database?: Database; batchSize?: number; maxBatches?: number } = {}): Promise<SendCounts> {
  if (dryRun) {
    const [row] = await database
      .select({ count: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .where(
        and(
          inArray(outboxMessages.status, ["pending", "sending"]),
          lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
        ),
      );
    return { claimed: 0, sent: 0, retrying: 0, failed: 0, due: row?.count ?? 0 };
  }
  const using = transports ?? configuredTransports();
  const total: SendCounts = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  // The run's moment moves on with the clock, so a long run does not claim with an old `now`.
  const started = Date.now();
  const at = () => new Date(now.getTime() + (Date.now() - started));
  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await claimDueMessages(database, { now: at(), limit: batchSize });
    if (claimed.length === 0) break;
    const counts = await sendClaimed(database, claimed, using, at);
    for (const key of ["claimed", "sent", "retrying", "failed"] as const) total[key] += counts[key];
    if (claimed.length < batchSize) break;
  }
  return total;
}

/**
 * Sends the given messages now, if no one else has them, right after the transaction that
 * queued them committed (a verification code the citizen waits for). Best effort: whatever
 * fails here is left to `outbox-send`, which retries it within a minute. Never throws.
 */
export async function deliverPromptly(ids: string[], { transports, database }: { transports?: Transports; database?: Database } = {}): Promise<void> {
  if (ids.length === 0) return;
  try {
    const using = database ?? db();
    const claimed = await claimDueMessages(using, { now: new Date(), limit: ids.length, ids });
    const counts = await sendClaimed(using, claimed, transports ?? configuredTransports(), () => new Date());
    if (counts.retrying || counts.failed) log.warn("outbox_prompt_delivery_failed", { retrying: counts.retrying, failed: counts.failed });
  } catch (error) {
    log.warn("outbox_prompt_delivery_failed", { kind: (error as Error).name });
  }
}

/**
 * The `outbox-housekeeping` job: empties the address and texts of messages sent (or given up
 * or retracted) more than KEEP_SENT_DAYS ago — the row stays, so its dedupe key still stops a
 * notice being queued twice — and deletes verifications that have expired.
 */
export async function cleanOutbox({ now = new Date(), dryRun = false, database = db() }: { now?: Date; dryRun?: boolean; database?: Database } = {}): Promise<
  Record<string, number>
> {
  const before = new Date(now.getTime() - KEEP_SENT_DAYS * 24 * 60 * 60 * 1000);
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
