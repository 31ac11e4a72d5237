import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { citizens } from "./identity";

/** How a notice reaches a citizen. */
export const notificationChannel = pgEnum("notification_channel", ["email", "sms"]);
export type NotificationChannel = (typeof notificationChannel.enumValues)[number];

/**
 * `Få besked på SMS og/eller e-mail` (R1.7): the citizen's addresses and what they want to be
 * told about, and how. One row per citizen, made when they first save the page. An address
 * is used only once verified (`*_verified_at` set, for exactly the address stored); changing
 * an address clears its verification. `locale` is the language notices are written in: the
 * language of the page the citizen last saved these settings on.
 */
export const notificationSettings = pgTable("notification_settings", {
  citizenId: uuid("citizen_id")
    .primaryKey()
    .references(() => citizens.id, { onDelete: "cascade" }),
  locale: varchar("locale", { length: 2 }).$type<"da" | "en">().notNull().default("da"),
  email: text("email"),
  emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
  /** E.164 (`+4522334455`). */
  phone: varchar("phone", { length: 16 }),
  phoneVerifiedAt: timestamp("phone_verified_at", { withTimezone: true }),
  /** New job-agent matches (R3.4) by e-mail / SMS. */
  jobagentEmail: boolean("jobagent_email").notNull().default(false),
  jobagentSms: boolean("jobagent_sms").notNull().default(false),
  /** New messages from the jobcenter in `Min beskedbakke` (R4.1) by e-mail / SMS. */
  beskedEmail: boolean("besked_email").notNull().default(false),
  beskedSms: boolean("besked_sms").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type NotificationSettings = typeof notificationSettings.$inferSelect;
export type NewNotificationSettings = typeof notificationSettings.$inferInsert;

/**
 * A pending verification of an e-mail address or mobile number: the code sent to it (only
 * its hash is kept), until it expires or too many wrong codes were tried. At most one per
 * citizen and channel; asking again replaces it.
 */
export const notificationVerifications = pgTable(
  "notification_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    channel: notificationChannel("channel").notNull(),
    address: text("address").notNull(),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("notification_verifications_one_per_channel").on(t.citizenId, t.channel)],
);

export type NotificationVerification = typeof notificationVerifications.$inferSelect;

/** Where an outbox message stands. `sending`: a sender has claimed it until `locked_until`. */
export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "failed", "retracted"]);
export type OutboxStatus = (typeof outboxStatus.enumValues)[number];

/**
 * Every e-mail and SMS the portal sends, written in the same transaction as the change that
 * causes it and sent by the scheduled sender (lib/notifications) with retries. `dedupe_key`
 * (unique, with the channel) makes queueing the same notice twice a no-op: a job-agent digest
 * per agent and period, a message notice per message. Texts are kept until sent, then
 * emptied by housekeeping; nothing here is ever logged.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id").references(() => citizens.id, { onDelete: "cascade" }),
    channel: notificationChannel("channel").notNull(),
    /** An e-mail address or an E.164 mobile number. */
    recipient: text("recipient").notNull(),
    /** What the notice is about: `jobagent`, `besked`, `verification`, … (for counts in logs). */
    topic: varchar("topic", { length: 32 }).notNull(),
    dedupeKey: text("dedupe_key"),
    /** E-mail only. */
    subject: text("subject"),
    text: text("text").notNull(),
    /** E-mail only: the same content as simple HTML. */
    html: text("html"),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** The kind of the last failure (an error code, never content). */
    lastError: varchar("last_error", { length: 200 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbox_messages_dedupe").on(t.dedupeKey, t.channel),
    index("outbox_messages_due")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
  ],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = typeof outboxMessages.$inferInsert;
