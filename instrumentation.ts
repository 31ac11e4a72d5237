/**
 * Runs once when the server starts: every console line the process writes from now on
 * describes errors without their data (lib/log-sink.ts), the database layer reports through
 * the log and the request context (lib/database-observer.ts), the schema is brought up to
 * date before any request, and the scheduled jobs' queue starts in the background
 * (lib/jobs/portal-queue.ts; a queue that cannot start is logged and does not stop the
 * portal). The portal's server (server.ts) stops the queue on shutdown.
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
  // Never while `next build` prerenders pages, should Next call this hook for one there.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startPortalJobQueue } = await import("./lib/jobs/portal-queue");
  startPortalJobQueue({ handle: databaseHandle() });
}
