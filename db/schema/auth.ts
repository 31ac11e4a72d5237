import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { citizens } from "./identity";
import { staff } from "./staff";

export const loginMethod = pgEnum("login_method", ["mitid", "brugerkode"]);

/**
 * One row per citizen login. The session cookie carries only the row's id; a session is
 * valid while its row is not ended and not past its absolute expiry, so the server can end
 * one session (logout) or all of a citizen's sessions (access deleted, flag removed) at once.
 */
export const citizenSessions = pgTable(
  "citizen_sessions",
  {
    id: text("id").primaryKey(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id),
    method: loginMethod("method").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
  },
  (t) => [index("citizen_sessions_citizen_idx").on(t.citizenId), index("citizen_sessions_expires_idx").on(t.expiresAt)],
);

export type CitizenSession = typeof citizenSessions.$inferSelect;
export type LoginMethod = (typeof loginMethod.enumValues)[number];

/**
 * Failed brugerkode logins per client address (kept as a keyed hash, not the address) in a
 * 15-minute window, so one client cannot try many usernames. In the database, so every app
 * instance sees the same counts.
 */
export const loginAddressFailures = pgTable("login_address_failures", {
  addressHash: text("address_hash").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  failures: integer("failures").notNull(),
});

/**
 * A pending MitID login (the brugerkode warning, profile creation) is a short-lived signed
 * token in a cookie; using it records its id here, so it works once only.
 */
export const usedLoginTokens = pgTable("used_login_tokens", {
  id: text("id").primaryKey(),
  usedAt: timestamp("used_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One row per staff login; separate from citizen sessions, with an 8-hour absolute limit. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: text("id").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

export type StaffSession = typeof staffSessions.$inferSelect;

/**
 * A jobcenter system allowed to call the PersonAdminService API. Its bearer token is shown
 * once when the client is created and stored only as a SHA-256 hash.
 */
export const apiClients = pgTable("api_clients", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
});

export type ApiClient = typeof apiClients.$inferSelect;
