/** A username is locked after this many failed logins in a row… */
export const MAX_FAILED_ATTEMPTS = 5;
/** …for this long; a correct password during the lock fails too. */
export const LOCK_MS = 15 * 60 * 1000;
/** One client address may fail this many logins (on any usernames) per window. */
export const MAX_ADDRESS_FAILURES = 30;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
