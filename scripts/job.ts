// `npm run job -- <name> [--dry-run]`: runs one scheduled job (lib/jobs/registry.ts) once, now,
// on the configured database, and prints its counts; with --dry-run a job that changes data
// only counts. An unknown name prints the list of jobs and exits with 1. The portal's
// schedule is not involved: running a job by hand on a day it also runs changes nothing twice.
import { openConfiguredDatabase, useDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { runJobCommand } from "@/lib/jobs/command";

process.exitCode = await runJobCommand(process.argv.slice(2), {
  openDatabase: async () => {
    const handle = openConfiguredDatabase();
    useDatabase(handle);
    await migrateDatabase(handle);
    return () => handle.close();
  },
});
