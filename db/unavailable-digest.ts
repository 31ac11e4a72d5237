// The digest that carries a DatabaseUnavailableError's id to the error page, which is a client
// component: free of imports, so the browser's bundle can read it (lib/database-unavailable.ts).

/**
 * The digest Next passes to the error page for a page that failed because the database was
 * unreachable. Next keeps an error's own digest; every other error gets a hash.
 */
const DIGEST_PREFIX = "JOBNET_DATABASE_UNAVAILABLE;";

export function databaseUnavailableDigest(errorId: string): string {
  return `${DIGEST_PREFIX}${errorId}`;
}

/** The error id in a digest made by `databaseUnavailableDigest`, or null for any other digest. */
export function errorIdOfDatabaseUnavailableDigest(digest: string | undefined): string | null {
  return digest?.startsWith(DIGEST_PREFIX) ? digest.slice(DIGEST_PREFIX.length) : null;
}
