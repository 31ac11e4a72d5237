// Migrates the configured database and seeds the demo data into it when it is empty.
import { openConfiguredDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed";

const handle = openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  const outcome = await seedDemoData(handle.db);
  console.log(
    outcome === "seeded" ? "Database migrated and seeded with the demo data." : "Database migrated; it already held data, so it was not seeded.",
  );
} finally {
  await handle.close();
}
