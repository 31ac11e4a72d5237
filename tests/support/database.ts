// Every integration test gets a database of its own, migrated (and seeded when asked):
// in-memory PGlite in the pglite project, a fresh Postgres database in the postgres project.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterEach, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, useDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";
import { databaseUrl } from "./postgres-template";

export const testDatabaseKind = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";

let pgliteTemplate: Promise<File | Blob> | undefined;

/** A migrated PGlite, dumped once per worker; each test loads a copy of it. */
function migratedPgliteDump(): Promise<File | Blob> {
  pgliteTemplate ??= (async () => {
    const handle = openPglite();
    await migrateDatabase(handle);
    const dump = await handle.pglite!.dumpDataDir("none");
    await handle.close();
    return dump;
  })();
  return pgliteTemplate;
}

async function openFreshDatabase(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
  if (testDatabaseKind === "pglite") {
    const handle = openPglite(undefined, { loadDataDir: await migratedPgliteDump() });
    return { handle, dispose: () => handle.close() };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `${inject("postgresPrefix")}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
  const handle = openPostgres(databaseUrl(base, name), { max: 4 });
  return {
    handle,
    async dispose() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Gives each test in the calling file a fresh database, used by every `db()` call in the
 * code under test. With `seed: true` it holds SPEC's demo data.
 */
export function withFreshDatabase(options: { seed?: boolean } = {}): { db(): Database; handle(): DatabaseHandle } {
  let current: { handle: DatabaseHandle; dispose(): Promise<void> } | undefined;
  beforeEach(async () => {
    current = await openFreshDatabase();
    useDatabase(current.handle);
    if (options.seed) await seedDemoData(current.handle.db);
  });
  afterEach(async () => {
    useDatabase(undefined);
    await current?.dispose();
    current = undefined;
  });
  return { db: () => current!.handle.db, handle: () => current!.handle };
}
