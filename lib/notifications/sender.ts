import "server-only";
import type { Database } from "@/db/client";
import type { OutboxMessage } from "@/db/schema";
import { log } from "@/lib/log";
import { claimOutboxMessages, cleanOutboxRows, countDueOutboxMessages, recordOutboxOutcome, renewOutboxLease } from "./mutations";
import { configuredTransports, DeliveryError, type MailTransport, type SmsGateway } from "./transports";

// The outbox's sender: the scheduled job `outbox-send` (lib/jobs/registry.ts) and the prompt
// delivery of a verification code. A sender claims due messages in one statement
// (`for update skip locked`) and holds each for a lease (`locked_until`), renewed right before
// each delivery: two portal instances never send the same message, and a message whose sender
// died mid-send is claimed again once its lease has run out. The database work is in
// mutations.ts. Only counts are logged, never an address or a text.

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
  /** Claimed, but taken by another sender after this one's lease ran out: left to that one. */
  skipped: number;
}

/** When the attempt after `attempts` failed ones is due. */
export function nextAttemptAfter(attempts: number, now: Date): Date {
  const minutes = RETRY_MINUTES[Math.min(attempts, RETRY_MINUTES.length) - 1] ?? RETRY_MINUTES[0];
  return new Date(now.getTime() + minutes * 60_000);
}

/** Hands one claimed message to its transport. */
async function deliver(message: OutboxMessage, transports: Transports): Promise<void> {
  if (message.channel === "email") {
    await transports.email.send({ to: message.recipient, subject: message.subject ?? "Jobnet", text: message.text, html: message.html });
  } else {
    await transports.sms.send({ to: message.recipient, text: message.text });
  }
}

/**
 * Sends the claimed messages one by one and records each outcome. A slow transport can outlast
 * a batch's lease, and another sender may then claim the tail: so right before each delivery
 * the lease is renewed while this claim still holds (`attempts` is its version), and a message
 * that is no longer this sender's is skipped; the outcome is recorded under the same condition.
 */
async function sendClaimed(database: Database | undefined, claimed: OutboxMessage[], transports: Transports, now: () => Date): Promise<SendCounts> {
  const counts: SendCounts = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  for (const message of claimed) {
    if (!(await renewOutboxLease({ message, now: now(), leaseSeconds: LEASE_SECONDS, database }))) {
      counts.skipped++;
      continue;
    }
    try {
      await deliver(message, transports);
    } catch (error) {
      const code = error instanceof DeliveryError ? error.code : "unexpected";
      const giveUp = (error instanceof DeliveryError && error.permanent) || message.attempts >= MAX_ATTEMPTS;
      await recordOutboxOutcome({
        message,
        outcome: giveUp
          ? { status: "failed", lastError: code }
          : { status: "pending", lastError: code, nextAttemptAt: nextAttemptAfter(message.attempts, now()) },
        database,
      });
      if (giveUp) counts.failed++;
      else counts.retrying++;
      continue;
    }
    await recordOutboxOutcome({ message, outcome: { status: "sent", at: now() }, database });
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
  database,
  batchSize = SEND_BATCH_SIZE,
  maxBatches = 20,
}: { now?: Date; dryRun?: boolean; transports?: Transports; database?: Database; batchSize?: number; maxBatches?: number } = {}): Promise<SendCounts> {
  if (dryRun) return { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0, due: await countDueOutboxMessages({ now, database }) };
  const using = transports ?? configuredTransports();
  const total: SendCounts = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  // The run's moment moves on with the clock, so a long run does not claim with an old `now`.
  const started = Date.now();
  const at = () => new Date(now.getTime() + (Date.now() - started));
  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await claimOutboxMessages({ now: at(), limit: batchSize, leaseSeconds: LEASE_SECONDS, database });
    if (claimed.length === 0) break;
    const counts = await sendClaimed(database, claimed, using, at);
    for (const key of ["claimed", "sent", "retrying", "failed", "skipped"] as const) total[key] += counts[key];
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
    const claimed = await claimOutboxMessages({ now: new Date(), limit: ids.length, ids, leaseSeconds: LEASE_SECONDS, database });
    const counts = await sendClaimed(database, claimed, transports ?? configuredTransports(), () => new Date());
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
export async function cleanOutbox({ now = new Date(), dryRun = false, database }: { now?: Date; dryRun?: boolean; database?: Database } = {}): Promise<
  Record<string, number>
> {
  return cleanOutboxRows({ now, before: new Date(now.getTime() - KEEP_SENT_DAYS * 24 * 60 * 60 * 1000), dryRun, database });
}
