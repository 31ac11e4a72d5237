import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
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
  close(): Promise<void>;
}

/** Where the embedded database keeps its files when no DATABASE_URL is set. */
export function pgliteDataDir(): string {
  const configured = process.env.PGLITE_DATA_DIR;
  // The embedded database is data, not code: keep the build's file tracing away from it.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite");
}

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Postgres error details quote the offending row (a CPR number, say); keep them out of logs.
    debug: false,
  });
  return {
    kind: "postgres",
    url,
    db: drizzlePostgres(client, { schema }) as unknown as Database,
    close: () => client.end({ timeout: 5 }),
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
export function openConfiguredDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(pgliteDataDir());
}

// One handle per process: PGlite is single-connection and its folder must not be opened
// twice, and Next may evaluate this module more than once.
const holder = globalThis as typeof globalThis & { __jobnetDatabase?: DatabaseHandle };

/** The process's database, opened on first use (never at import, so `next build` touches no data). */
export function db(): Database {
  holder.__jobnetDatabase ??= openConfiguredDatabase();
  return holder.__jobnetDatabase.db;
}

export function databaseHandle(): DatabaseHandle {
  db();
  return holder.__jobnetDatabase!;
}

/** Points `db()` at a given database: used by tests (a fresh database each) and by commands. */
export function useDatabase(handle: DatabaseHandle | undefined): void {
  holder.__jobnetDatabase = handle;
}

export { schema };
