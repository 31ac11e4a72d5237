import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { DatabaseMonitor, databaseMonitor, databaseUnavailable, installDatabaseMonitor, isDatabaseUnreachable, observer } from "./availability";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction, for functions that take part in their caller's transaction. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Where a query can run: the database itself or an open transaction. */
export type Executor = Database | Transaction;

/** An open database with the knowledge of which engine is behind it and how to close it. */
export interface DatabaseHandle {
  kind: "postgres" | "pglite";
  db: Database;
  /** The connection string, for a Postgres handle. */
  url?: string;
  /** The embedded engine itself, for a PGlite handle. */
  pglite?: PGlite;
  /** Whether the database is reachable, for the app's own PostgreSQL handle. */
  monitor?: DatabaseMonitor;
  close(): Promise<void>;
}

/** Where the embedded database keeps its files when no DATABASE_URL is set. */
export function pgliteDataDir(): string {
  const configured = process.env.PGLITE_DATA_DIR;
  // The embedded database is data, not code: keep the build's file tracing away from it.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite");
}

/**
 * How long the portal waits for PostgreSQL. postgres.js's defaults wait 30 s for a connection
 * and back off up to 20 s between reconnects, and nothing bounded a query on a connection
 * to a server that had gone silent: after a restart pages hung for 9–30 s.
 */
export const postgresTimeouts = {
  /** Seconds to open a connection and log in; a server that does not answer counts as down. */
  connectSeconds: 3,
  /** Seconds an unused pooled connection is kept (postgres.js replaces each connection after 30–60 min anyway). */
  idleSeconds: 20,
  /** The longest pause between attempts to reconnect, in seconds (postgres.js waits up to 20 s by default). */
  maxBackoffSeconds: 1,
  /** PostgreSQL cancels a statement that runs longer than this (ms): a slow query, not an outage. */
  statementMs: 5_000,
  /** PostgreSQL ends a session that holds a transaction open and idle this long (ms), freeing its locks. */
  idleInTransactionMs: 10_000,
  /** A query unanswered this long (ms) makes the portal check whether the database is still there. */
  slowQueryMs: 1_000,
  /** A check is a `select 1` on a new connection, given this long (ms). */
  probeMs: 2_000,
} as const;

/** Who a connection is for: the portal's queries, the migrations, or the scheduled jobs' queue (lib/jobs). */
export type PostgresPurpose = "app" | "migration" | "queue";

/** A job-queue statement (pg-boss's maintenance) may run this long (ms). */
const QUEUE_STATEMENT_MS = 60_000;

/**
 * The settings every pool the portal opens on PostgreSQL shares: connect and idle timeouts,
 * reconnect backoff, no notices or debug output (errors quote rows), and per purpose its
 * application name and statement timeout. `max` is the pool's size.
 */
export function clientOptions(purpose: PostgresPurpose, max: number): postgres.Options<Record<string, postgres.PostgresType>> {
  return {
    max,
    onnotice: () => {},
    // Postgres error details quote the offending row (a CPR number, say); keep them out of logs.
    debug: false,
    connect_timeout: postgresTimeouts.connectSeconds,
    idle_timeout: postgresTimeouts.idleSeconds,
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, postgresTimeouts.maxBackoffSeconds),
    connection: {
      application_name: { app: "jobnet", migration: "jobnet-migrate", queue: "jobnet-queue" }[purpose],
      // Migrations may build indexes and wait for another instance's migration lock: no limit
      // there; the queue's maintenance may take a minute.
      statement_timeout: { app: postgresTimeouts.statementMs, migration: 0, queue: QUEUE_STATEMENT_MS }[purpose],
      idle_in_transaction_session_timeout: postgresTimeouts.idleInTransactionMs,
    },
  };
}

/** Whether PostgreSQL at `url` answers `select 1` on a new connection within `postgresTimeouts.probeMs`. */
async function probePostgres(url: string): Promise<void> {
  const seconds = postgresTimeouts.probeMs / 1000;
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: false,
    fetch_types: false,
    connect_timeout: seconds,
    connection: { application_name: "jobnet-probe", statement_timeout: postgresTimeouts.probeMs },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // A connection that logged in and then went silent is bounded here, not by the server.
    await Promise.race([
      client`select 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error("probe timed out"), { code: "ETIMEDOUT" })), postgresTimeouts.probeMs + 500);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    void client.end({ timeout: 0 });
  }
}

/**
 * Lets the monitor see every query's outcome without changing it: a failure that looks like
 * the database going away, or a query left unanswered for `slowQueryMs`, starts a check.
 * postgres.js queries are promises that start when first awaited; observing them with
 * Promise.prototype.then does not start them. Transactions surface their failures through
 * `begin`. A retired pool (replaced after an outage) reports nothing.
 */
function observed(client: postgres.Sql, monitor: DatabaseMonitor, retired: () => boolean): postgres.Sql {
  const watch = <T extends Promise<unknown>>(query: T): T => {
    const timer = setTimeout(() => retired() || monitor.reportSlowQuery(), postgresTimeouts.slowQueryMs);
    timer.unref?.();
    Promise.prototype.then.call(
      query,
      () => clearTimeout(timer),
      (error: unknown) => {
        clearTimeout(timer);
        if (isDatabaseUnreachable(error)) observer().unreachable();
        if (!retired()) monitor.reportFailure(error);
      },
    );
    return query;
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") return (...args: Parameters<postgres.Sql["unsafe"]>) => watch(target.unsafe(...args));
      if (property === "begin") return (...args: unknown[]) => watch((target.begin as (...a: unknown[]) => Promise<unknown>)(...args));
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * PostgreSQL through postgres.js, with the timeouts above. With `monitor` (the app's own
 * database) the handle also keeps the process's record of whether the database is
 * reachable; when an outage is confirmed its pool is replaced, so queries waiting on
 * connections to the lost server fail at once instead of hanging, and the next queries
 * start on fresh connections.
 */
export function openPostgres(url: string, options: { max?: number; purpose?: PostgresPurpose; monitor?: boolean } = {}): DatabaseHandle {
  const settings = clientOptions(options.purpose ?? "app", options.max ?? 10);
  const monitor = options.monitor ? new DatabaseMonitor({ probe: () => probePostgres(url), onOutage: () => replacePool() }) : undefined;

  const openPool = () => {
    const pool = { client: postgres(url, settings), db: undefined as unknown as Database, retired: false };
    const client = monitor ? observed(pool.client, monitor, () => pool.retired) : pool.client;
    pool.db = drizzlePostgres(client, { schema }) as unknown as Database;
    return pool;
  };
  let pool = openPool();
  function replacePool() {
    const lost = pool;
    pool = openPool();
    lost.retired = true;
    // Rejects every query still waiting on the old connections (CONNECTION_DESTROYED).
    void lost.client.end({ timeout: 0 });
  }
  if (monitor) installDatabaseMonitor(monitor);

  return {
    kind: "postgres",
    url,
    monitor,
    get db() {
      return pool.db;
    },
    close: async () => {
      monitor?.close();
      if (monitor && databaseMonitor() === monitor) installDatabaseMonitor(undefined);
      await pool.client.end({ timeout: 5 });
    },
  };
}

export function openPglite(dataDir?: string, options: { loadDataDir?: Blob | File } = {}): DatabaseHandle {
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = new PGlite({ dataDir, loadDataDir: options.loadDataDir });
  return {
    kind: "pglite",
    pglite: client,
    db: drizzlePglite(client, { schema }) as unknown as Database,
    close: () => client.close(),
  };
}

/** Opens the database this process is configured for: Postgres when DATABASE_URL is set, else PGlite on disk. */
export function openConfiguredDatabase(options: { monitor?: boolean } = {}): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url, { monitor: options.monitor }) : openPglite(pgliteDataDir());
}

// One handle per process: PGlite is single-connection and its folder must not be opened
// twice, and Next may evaluate this module more than once.
const holder = globalThis as typeof globalThis & { __jobnetDatabase?: DatabaseHandle };

function openHandle(): DatabaseHandle {
  holder.__jobnetDatabase ??= openConfiguredDatabase({ monitor: true });
  return holder.__jobnetDatabase;
}

/**
 * The process's database, opened on first use (never at import, so `next build` touches no
 * data). While the database is known to be unreachable this throws a DatabaseUnavailableError
 * at once, rather than letting the query wait for a connection.
 */
export function db(): Database {
  const handle = openHandle();
  if (handle.monitor?.state === "unavailable") {
    observer().unreachable();
    throw databaseUnavailable("query");
  }
  return handle.db;
}

export function databaseHandle(): DatabaseHandle {
  return openHandle();
}

/**
 * Whether the process's database answers now, for the health route: a probe on a new
 * connection, at most `maxAgeMs` old, for PostgreSQL; a `select 1` for the embedded database.
 */
export async function databaseAnswers({ maxAgeMs }: { maxAgeMs: number }): Promise<boolean> {
  const handle = openHandle();
  if (handle.monitor) return handle.monitor.check({ maxAgeMs });
  try {
    await handle.db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Points `db()` at a given database: used by tests (a fresh database each) and by commands. */
export function useDatabase(handle: DatabaseHandle | undefined): void {
  holder.__jobnetDatabase = handle;
}

export { schema };
