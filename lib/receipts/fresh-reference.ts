import { newReceiptReference, type ReceiptKind } from "./reference";

/** How many references are tried before giving up: a clash is about 1 in 10^12 per receipt of the kind, so a second is already rare. */
const ATTEMPTS = 5;

/**
 * Stores something receipted under a fresh reference of `kind`. `insert` tries one reference
 * and returns what it stored, or undefined when that reference was already taken — an insert
 * with `on conflict (reference) do nothing`, so the clash neither aborts the caller's
 * transaction nor becomes an error — and is then tried again with another reference.
 */
export async function insertWithFreshReference<T>(kind: ReceiptKind, insert: (reference: string) => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const stored = await insert(newReceiptReference(kind));
    if (stored !== undefined) return stored;
  }
  throw new Error(`no free ${kind} receipt reference after ${ATTEMPTS} attempts`);
}
