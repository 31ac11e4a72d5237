import { z } from "zod";

// The same schemas check forms in the browser, whose CSP allows no eval: zod's compiled
// parsers (and its probe for them, which the browser reports as a CSP violation) are off.
z.config({ jitless: true });

// The shared zod building blocks. Every schema that reads text — forms, the API, search,
// login, claims from the MitID broker — starts its text fields with `text()`, never with
// `z.string()` (a test checks the source), so no text PostgreSQL cannot store gets past
// validation.

/**
 * Whether PostgreSQL can store the text: it refuses the NUL character (U+0000) in text,
 * and an unpaired UTF-16 surrogate has no UTF-8 encoding at all. Everything else is fine.
 */
export function isStorableText(value: string): boolean {
  // A loop rather than String.prototype.isWellFormed, which older phones' browsers lack:
  // the same check runs in the browser through the form's resolver.
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0) return false;
    if (unit >= 0xdc00 && unit <= 0xdfff) return false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/**
 * The message key a text field gets for text that cannot be stored, under the form's
 * message namespace (e.g. `supportRequest.errors.textInvalid`).
 */
export const TEXT_INVALID = "textInvalid";

/**
 * A text field: a string that PostgreSQL can store, checked before anything else (trim,
 * length, pattern), so such input gets this one clear message at its own field.
 * `message` is the key (or, for the API, the sentence) shown for it.
 */
export function text(message: string = TEXT_INVALID) {
  return z.string().refine(isStorableText, { message, abort: true });
}
