// `npm run convert:brugerkoder -- [--dry-run]`: the release conversion (R1.1c) on the
// configured database. Sets the brugerkode flag for every citizen with brugerkoder who never
// logged in with MitID/NemID and removes it for those who did; prints what it did.
import { openConfiguredDatabase, useDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { convertBrugerkodeFlags } from "@/lib/identity/mutations";

const dryRun = process.argv.includes("--dry-run");
const handle = openConfiguredDatabase();
useDatabase(handle);
try {
  await migrateDatabase(handle);
  const counts = await convertBrugerkodeFlags({ dryRun });
  console.log(dryRun ? "Dry run: nothing was changed. The conversion would:" : "Conversion done:");
  console.log(`  set the flag (never used MitID/NemID):     ${counts.flagSet}`);
  console.log(`  remove the flag (has used MitID/NemID):    ${counts.flagRemoved}`);
  console.log(`  leave unchanged (already right):           ${counts.unchanged}`);
  console.log(`  skip (brugerkoder without a Jobnet profile): ${counts.withoutProfile}`);
} finally {
  await handle.close();
}
