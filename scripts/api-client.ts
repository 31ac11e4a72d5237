// `npm run api-client -- create "<name>"` registers a jobcenter system for the
// PersonAdminService API and prints its bearer token (shown this once only);
// `npm run api-client -- revoke "<name>"` revokes it at once; `npm run api-client -- list`.
import { openConfiguredDatabase, useDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createApiClient, revokeApiClient } from "@/lib/api/mutations";
import { listApiClients } from "@/lib/api/queries";

const [command, name] = process.argv.slice(2);
const usage = 'Usage: npm run api-client -- create "<name>" | revoke "<name>" | list';

const handle = openConfiguredDatabase();
useDatabase(handle);
let exitCode = 0;
try {
  await migrateDatabase(handle);
  if (command === "create" && name) {
    const { token } = await createApiClient({ name });
    console.log(`Created API client "${name}". Its bearer token, shown only now:\n\n  ${token}\n`);
  } else if (command === "revoke" && name) {
    const revoked = await revokeApiClient({ name });
    console.log(revoked ? `Revoked API client "${name}".` : `There is no active API client called "${name}".`);
    if (!revoked) exitCode = 1;
  } else if (command === "list") {
    for (const client of await listApiClients()) {
      console.log(`${client.name}\tcreated ${client.createdAt.toISOString()}\t${client.revokedAt ? `revoked ${client.revokedAt.toISOString()}` : "active"}`);
    }
  } else {
    console.error(usage);
    exitCode = 2;
  }
} finally {
  await handle.close();
}
process.exit(exitCode);
