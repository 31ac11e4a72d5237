// Migrates the configured database and seeds the demo data into it when it is empty.
import { openConfiguredDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";

// The demo data has published passwords: it goes into the embedded development database,
// and into a PostgreSQL database only when asked for (JOBNET_SEED_DEMO=1).
const seedWanted = !process.env.DATABASE_URL || process.env.JOBNET_SEED_DEMO === "1";

const handle = openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  if (!seedWanted) {
    console.log("Database migrated. (Demo data is only loaded into PostgreSQL with JOBNET_SEED_DEMO=1.)");
  } else {
    const outcome = await seedDemoData(handle.db);
    // The browser tests' own citizens, on their fresh database only.
    if (outcome === "seeded" && process.env.JOBNET_E2E_FIXTURES === "1") {
      const { seedE2eFixtures } = await import("@/tests/support/e2e-fixtures");
      await seedE2eFixtures(handle.db);
    }
    console.log(outcome === "seeded" ? "Database migrated and seeded with the demo data." : "Database migrated; it already held data, so it was not seeded.");
    // The job-search benchmark (scripts/bench.ts) asks for this many ads in all.
    const benchAds = Number(process.env.JOBNET_BENCH_JOB_ADS ?? 0);
    if (outcome === "seeded" && benchAds > 0) {
      const { addGeneratedJobAds } = await import("@/lib/demo/seed");
      console.log(`Added ${await addGeneratedJobAds(handle.db, benchAds)} generated job ads for the benchmark.`);
    }
  }
} finally {
  await handle.close();
}
