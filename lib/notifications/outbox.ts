import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notificationSettings, outboxMessages, type NotificationChannel, type NotificationSettings } from "@/db/schema";
import { withNoticeFooter } from "./texts";

// Queueing e-mail and SMS. Everything the portal sends to a citizen is written to the outbox
// (db/schema/notifications.ts) through these functions, inside the caller's transaction, so
// the notice exists exactly when the change that causes it does. The scheduled sender
// (lib/notifications/sender.ts) delivers it, with retries. Nothing here logs content.

/** What a citizen can choose to be told about (`Få besked på SMS og/eller e-mail`). */
export type NoticeTopic = "jobagent" | "besked";

/** A notice in one language: the e-mail's subject, plain text and simple HTML, and the SMS text. */
export interface NoticeContent {
  subject: string;
  text: string;
  html: string;
  /** At most a few hundred characters; an SMS says there is something and links to it, never the content. */
  sms: string;
}

/** The channels `settings` allow for `topic`, each with its verified address. */
export function noticeRecipients(
  settings: Pick<
    NotificationSettings,
    "email" | "emailVerifiedAt" | "phone" | "phoneVerifiedAt" | "jobagentEmail" | "jobagentSms" | "beskedEmail" | "beskedSms"
  >,
  topic: NoticeTopic,
): { channel: NotificationChannel; recipient: string }[] {
  const wants = topic === "jobagent" ? { email: settings.jobagentEmail, sms: settings.jobagentSms } : { email: settings.beskedEmail, sms: settings.beskedSms };
  const recipients: { channel: NotificationChannel; recipient: string }[] = [];
  if (wants.email && settings.email && settings.emailVerifiedAt) recipients.push({ channel: "email", recipient: settings.email });
  if (wants.sms && settings.phone && settings.phoneVerifiedAt) recipients.push({ channel: "sms", recipient: settings.phone });
  return recipients;
}

/**
 * Queues a notice about `topic` to the citizen on every channel their settings choose for it
 * and have a verified address for, written in the citizen's language (`content(locale)`).
 * Run it on the transaction that makes the change. `dedupeKey` names the notice (e.g.
 * `jobagent:<agent id>:<period>`): a notice with a key already queued on a channel is not
 * queued again, so a retried or doubled change still sends one. Returns the channels queued
 * now (empty: the citizen chose none, has no verified address, or it was queued before).
 */
export async function queueNotice(
  executor: Executor,
  { citizenId, topic, dedupeKey, content }: { citizenId: string; topic: NoticeTopic; dedupeKey: string; content: (locale: "da" | "en") => NoticeContent },
): Promise<NotificationChannel[]> {
  const [settings] = await executor.select().from(notificationSettings).where(eq(notificationSettings.citizenId, citizenId));
  if (!settings) return [];
  const recipients = noticeRecipients(settings, topic);
  if (recipients.length === 0) return [];
  const written = withNoticeFooter(content(settings.locale), { citizenId, topic, locale: settings.locale });
  const queued: NotificationChannel[] = [];
  for (const { channel, recipient } of recipients) {
    const message =
      channel === "email" ? { subject: written.subject, text: written.text, html: written.html } : { subject: null, text: written.sms, html: null };
    const inserted = await queueMessage(executor, { citizenId, channel, recipient, topic, dedupeKey, ...message });
    if (inserted) queued.push(channel);
  }
  return queued;
}

/**
 * Queues one message to one address, whatever the citizen's settings say (a verification
 * code to the address being verified). Returns false when a message with `dedupeKey` was
 * already queued on that channel.
 */
export async function queueMessage(
  executor: Executor,
  message: {
    citizenId: string | null;
    channel: NotificationChannel;
    recipient: string;
    topic: string;
    dedupeKey?: string | null;
    subject?: string | null;
    text: string;
    html?: string | null;
  },
): Promise<boolean> {
  const rows = await executor
    .insert(outboxMessages)
    .values({
      citizenId: message.citizenId,
      channel: message.channel,
      recipient: message.recipient,
      topic: message.topic,
      dedupeKey: message.dedupeKey ?? null,
      subject: message.subject ?? null,
      text: message.text,
      html: message.html ?? null,
    })
    .onConflictDoNothing({ target: [outboxMessages.dedupeKey, outboxMessages.channel] })
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** How many messages wait to be sent (for the bench and the health of the sender). */
export async function countPendingMessages(executor: Executor): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(sql`${outboxMessages.status} in ('pending', 'sending')`);
  return row?.count ?? 0;
}

/**
 * Withdraws notices that no longer apply and are not sent yet (pending, or waiting for a
 * retry): the citizen deleted the agent they are about, unsubscribed from their topic, or
 * removed the address they go to. Run it in the transaction of that change. Only messages not
 * claimed by a sender right now are withdrawn (one being handed over finishes). Matches any of
 * the given conditions together: `topic`, `recipient`, and `dedupePrefixes` (e.g.
 * `jobagent:<agent id>:`). Returns how many were withdrawn.
 */
export async function retractNotices(
  executor: Executor,
  { citizenId, topic, recipient, dedupePrefixes }: { citizenId: string; topic?: string; recipient?: string; dedupePrefixes?: readonly string[] },
): Promise<number> {
  const conditions = [
    eq(outboxMessages.citizenId, citizenId),
    eq(outboxMessages.status, "pending"),
    topic === undefined ? undefined : eq(outboxMessages.topic, topic),
    recipient === undefined ? undefined : eq(outboxMessages.recipient, recipient),
    dedupePrefixes === undefined
      ? undefined
      : dedupePrefixes.length === 0
        ? sql`false`
        : or(...dedupePrefixes.map((prefix) => sql`starts_with(${outboxMessages.dedupeKey}, ${prefix})`)),
  ];
  const rows = await executor
    .update(outboxMessages)
    .set({ status: "retracted", lockedUntil: null })
    .where(and(...conditions))
    .returning({ id: outboxMessages.id });
  return rows.length;
}
