/**
 * Runs once when the server starts: every console line the process writes from now on
 * describes errors without their data (lib/log-sink.ts), the database layer reports through
 * the log and the request context (lib/database-observer.ts), and the schema is brought up to
 * date before any request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installLogSink } = await import("./lib/log-sink");
  installLogSink();
  const { installDatabaseObserver } = await import("./lib/database-observer");
  installDatabaseObserver();
  const { databaseHandle } = await import("./db/client");
  const { migrateDatabase } = await import("./db/migrate");
  await migrateDatabase(databaseHandle());
}
