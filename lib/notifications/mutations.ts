import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { citizens, notificationSettings, notificationVerifications, outboxMessages, type NotificationChannel } from "@/db/schema";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import type { NoticeTopic } from "./outbox";
import { queueMessage } from "./outbox";
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
 * the channels that lack one, and nothing is written.
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
}): Promise<{ saved: true } | { unverified: NotificationChannel[] }> {
  return db().transaction(async (tx) => {
    // The citizen may be gone (access deleted) while a link is still around.
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId));
    if (!citizen) return { unverified: [] as NotificationChannel[] };
    await ensureSettings(tx, citizenId, locale);
    const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.citizenId, citizenId)).for("update");
    const verified = { email: Boolean(settings.email && settings.emailVerifiedAt), sms: Boolean(settings.phone && settings.phoneVerifiedAt) };
    const chosen = new Set([...jobagent, ...besked]);
    const unverified = (["email", "sms"] as const).filter((channel) => chosen.has(channel) && !verified[channel]);
    if (unverified.length > 0) return { unverified };
    await tx
      .update(notificationSettings)
      .set({
        locale,
        jobagentEmail: jobagent.includes("email"),
        jobagentSms: jobagent.includes("sms"),
        beskedEmail: besked.includes("email"),
        beskedSms: besked.includes("sms"),
        updatedAt: now,
      })
      .where(eq(notificationSettings.citizenId, citizenId));
    return { saved: true as const };
  });
}

/** `Afmeld` from a signed link: no more notices about `topic` on any channel, for the citizen the link names. */
export async function unsubscribeFromTopic({ citizenId, topic, now = new Date() }: { citizenId: string; topic: NoticeTopic; now?: Date }): Promise<void> {
  await db()
    .update(notificationSettings)
    .set(topic === "jobagent" ? { jobagentEmail: false, jobagentSms: false, updatedAt: now } : { beskedEmail: false, beskedSms: false, updatedAt: now })
    .where(eq(notificationSettings.citizenId, citizenId));
}
