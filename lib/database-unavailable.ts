// What the server and the browser both need to know about "the database cannot be reached":
// kept free of server code so the error page (a client component) can use it.

/** How long a client is asked to wait before trying again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

export { databaseUnavailableDigest, errorIdOfDatabaseUnavailableDigest } from "@/db/unavailable-digest";
