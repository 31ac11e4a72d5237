// What the server and the browser both need to know about "the database cannot be reached":
// kept free of server code so the error page (a client component) can use it.

/** How long a client is asked to wait before trying again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

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
