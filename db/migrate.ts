import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { openPostgres, type DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK = 20220312;

/**
 * Brings the schema up to date. On Postgres several app instances may start at once, so
 * they take turns under an advisory lock held on one dedicated connection; PGlite has one
 * process by construction.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    // @ts-expect-error -- a pglite handle's db is a PgliteDatabase; the shared type hides that
    await migratePglite(handle.db, { migrationsFolder });
    return;
  }
  if (!handle.url) throw new Error("A Postgres handle needs its URL to migrate");
  const single = openPostgres(handle.url, { max: 1, purpose: "migration" });
  try {
    await single.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    // @ts-expect-error -- a postgres handle's db is a PostgresJsDatabase; the shared type hides that
    await migratePostgres(single.db, { migrationsFolder });
    await single.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await single.close();
  }
}
