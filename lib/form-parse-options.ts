// How every form is parsed, in the browser and on the server. Kept apart from
// lib/form-messages.ts (which needs zod) so a page can hold it without loading zod.

/**
 * The key of a problem whose check has no message of its own: a field missing from the post,
 * a hidden value that was changed. Every namespace has it, so no problem is ever shown as
 * zod's English text or as a raw key.
 */
export const INVALID_INPUT_KEY = "invalid";

/** How every form is parsed, in the browser and on the server. */
export const formParseOptions = { error: () => INVALID_INPUT_KEY };
