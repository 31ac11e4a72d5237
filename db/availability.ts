// Whether PostgreSQL can be reached, for the whole process. The proxy (Next's middleware) and
// the app's server code are separate bundles in one Node process, so each has its own copy
// of this module's variables: the one shared record lives on globalThis. Nothing here
// imports the database driver, so the proxy can read it cheaply.
import { randomUUID } from "node:crypto";
import { databaseUnavailableDigest } from "./unavailable-digest";

/**
 * What the database layer tells the rest of the process: structured log lines (event names
 * and codes, never a query's values) and that the request being answered met an unreachable
 * database. The portal installs one that writes through its redacting log and marks the
 * request (lib/database-observer.ts); until then lines go plainly to the console. Kept on
 * globalThis, like the monitor, so every bundle in the process shares it.
 */
export interface DatabaseObserver {
  log: (level: "info" | "warn" | "error", event: string, fields: Record<string, string | number | undefined>) => void;
  unreachable: () => void;
}

const plainObserver: DatabaseObserver = {
  log: (level, event, fields) => console[level](`${new Date().toISOString()} ${level} ${event} ${JSON.stringify(fields)}`),
  unreachable: () => {},
};

/**
 * Error codes that mean the database could not be reached or went away — as opposed to a
 * query the database refused (a constraint, bad input) or cancelled (a statement timeout,
 * 57014), which says the database is there.
 */
const CONNECTION_CODES = new Set([
  // The socket: nothing listens, the route is gone, the name does not resolve, the peer hung up.
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  // postgres.js: no login within connect_timeout; the connection closed, ended or was destroyed under a query.
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // PostgreSQL: an administrator or a crash shut the server down; the server is starting or stopping.
  "57P01",
  "57P02",
  "57P03",
]);

const BRAND = Symbol.for("jobnet.databaseUnavailableError");

/**
 * Thrown instead of running a query while the database is known to be unreachable. Its
 * digest carries the error id to the error page (see ./unavailable-digest.ts).
 */
export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
  readonly digest: string;
  readonly [BRAND] = true;

  constructor(readonly errorId: string) {
    super(`The database cannot be reached (error id ${errorId})`);
    this.name = "DatabaseUnavailableError";
    this.digest = databaseUnavailableDigest(errorId);
  }
}

function isDatabaseUnavailableError(error: unknown): error is DatabaseUnavailableError {
  // A brand, not instanceof: the error may come from another bundle's copy of this class.
  return typeof error === "object" && error !== null && (error as { [BRAND]?: boolean })[BRAND] === true;
}

/**
 * The code that shows `error` means the database could not be reached, or undefined when it
 * does not. Looks through wrappers (Drizzle's DrizzleQueryError keeps the driver's error as
 * its cause). SQLSTATE class 08 is "connection exception".
 */
export function connectionFailureCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (isDatabaseUnavailableError(current)) return current.code;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether `error` means the database could not be reached (now or at the moment of the query). */
export function isDatabaseUnreachable(error: unknown): boolean {
  return connectionFailureCode(error) !== undefined;
}

const newErrorId = () => randomUUID().slice(0, 8);

/** A logged DatabaseUnavailableError, for code that must not touch the database now. */
export function databaseUnavailable(context: string): DatabaseUnavailableError {
  const error = new DatabaseUnavailableError(newErrorId());
  observer().log("warn", "database_unavailable", { errorId: error.errorId, context });
  return error;
}

/**
 * For an error that means the database could not be reached: the error id the user is
 * shown, logged with where it happened and the failure's code (never its message, which
 * names hosts, nor the query). Undefined for any other error.
 */
export function errorIdIfDatabaseUnreachable(error: unknown, context: string): string | undefined {
  if (isDatabaseUnavailableError(error)) return error.errorId;
  const code = connectionFailureCode(error);
  if (!code) return undefined;
  const errorId = newErrorId();
  observer().log("warn", "database_unavailable", { errorId, context, code });
  return errorId;
}

/** A logged error id for an answer given without trying the database (the proxy's page, the health route). */
export function logDatabaseUnavailableAnswer(context: string): string {
  const errorId = newErrorId();
  observer().log("warn", "database_unavailable", { errorId, context });
  return errorId;
}

export type DatabaseState =
  /** Queries run as normal. */
  | "available"
  /** A query failed as if the database were gone; a probe is deciding. */
  | "checking"
  /** A probe failed: queries are refused at once, pages answer 503, and a probe runs every second until one answers. */
  | "unavailable";

export interface DatabaseMonitorOptions {
  /** Resolves when the database answers a trivial query on a new connection, within a short timeout. */
  probe: () => Promise<void>;
  /** Called once at the start of each outage, to drop connections that could hang. */
  onOutage?: () => void;
  /** Time between probes while unavailable. */
  retryAfterMs?: number;
}

/**
 * Decides whether the database is reachable. A failure from a query only makes it ask: one
 * probe (shared by everyone who asks meanwhile) on a new connection decides, so a single
 * dropped connection does not turn every page into a 503. While unavailable, one probe runs
 * every `retryAfterMs` until it answers, so the portal recovers by itself.
 */
export class DatabaseMonitor {
  state: DatabaseState = "available";
  private probing: Promise<boolean> | undefined;
  private lastProbe: { at: number; ok: boolean } | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private unavailableSince: number | undefined;
  private closed = false;

  constructor(private readonly options: DatabaseMonitorOptions) {}

  /** A query failed: a failure that looks like the database going away starts a probe. */
  reportFailure(error: unknown): void {
    if (this.state !== "available" || !isDatabaseUnreachable(error)) return;
    this.state = "checking";
    void this.probe();
  }

  /** A query has waited longer than any should: probe, but keep serving as normal meanwhile. */
  reportSlowQuery(): void {
    if (this.state === "available") void this.probe();
  }

  /** The state once any running probe has decided (pages wait for this while "checking"). */
  async settled(): Promise<DatabaseState> {
    if (this.state === "checking" && this.probing) await this.probing;
    return this.state;
  }

  /** Whether the database answers, from a probe at most `maxAgeMs` old (the health route). */
  async check({ maxAgeMs }: { maxAgeMs: number }): Promise<boolean> {
    if (this.lastProbe && Date.now() - this.lastProbe.at <= maxAgeMs && !this.probing) return this.lastProbe.ok;
    return this.probe();
  }

  /** Stops probing (the database handle is being closed). */
  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
  }

  private probe(): Promise<boolean> {
    this.probing ??= (async () => {
      let ok = true;
      let code: string | undefined;
      try {
        await this.options.probe();
      } catch (error) {
        ok = false;
        code = connectionFailureCode(error) ?? (error as { code?: string } | null)?.code;
      }
      this.lastProbe = { at: Date.now(), ok };
      this.probing = undefined;
      if (ok) this.becomeAvailable();
      else this.becomeUnavailable(code);
      return ok;
    })();
    return this.probing;
  }

  private becomeAvailable(): void {
    clearTimeout(this.retryTimer);
    if (this.state === "unavailable") {
      observer().log("info", "database_available_again", { unavailableForSeconds: Math.round((Date.now() - (this.unavailableSince ?? Date.now())) / 1000) });
    }
    this.state = "available";
    this.unavailableSince = undefined;
  }

  private becomeUnavailable(code: string | undefined): void {
    if (this.state !== "unavailable") {
      this.state = "unavailable";
      this.unavailableSince = Date.now();
      observer().log("error", "database_unreachable", { code });
      this.options.onOutage?.();
    }
    if (this.closed) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.probe(), this.options.retryAfterMs ?? 1000);
    this.retryTimer.unref?.();
  }
}

const registry = globalThis as typeof globalThis & { [key: symbol]: unknown };
const MONITOR = Symbol.for("jobnet.databaseMonitor");
const OBSERVER = Symbol.for("jobnet.databaseObserver");

/** Makes `observer` the process's listener for what the database layer reports; undefined restores plain console lines. */
export function observeDatabase(observer: DatabaseObserver | undefined): void {
  registry[OBSERVER] = observer;
}

/** The process's listener for what the database layer reports. */
export function observer(): DatabaseObserver {
  return (registry[OBSERVER] as DatabaseObserver | undefined) ?? plainObserver;
}

/** Makes `monitor` the process's record of whether the database is reachable (the app's own database only). */
export function installDatabaseMonitor(monitor: DatabaseMonitor | undefined): void {
  registry[MONITOR] = monitor;
}

/** The process's record, if its database can go away (PostgreSQL; the embedded database cannot). */
export function databaseMonitor(): DatabaseMonitor | undefined {
  return registry[MONITOR] as DatabaseMonitor | undefined;
}
