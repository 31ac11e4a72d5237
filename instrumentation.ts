/** Runs once when the server starts: the schema is brought up to date before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { databaseHandle } = await import("./db/client");
  const { migrateDatabase } = await import("./db/migrate");
  await migrateDatabase(databaseHandle());
}
