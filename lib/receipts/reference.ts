import { randomInt } from "node:crypto";

/**
 * Receipts (kvitteringer) for what a citizen sends or does. Each kind has its own prefix, so
 * support can tell them apart when a citizen reads one out on the phone. A new kind of
 * receipt (the preparation questionnaire's) copies the pattern:
 *
 * 1. a prefix here, and `newReceiptReference(kind)` stored with what is receipted (its own
 *    column, or the audit entry's details);
 * 2. a query `get<Thing>Receipt({ reference, citizenId })` in its domain that answers
 *    `ReceiptFacts` only for a well-formed reference that exists — and, for a citizen's own
 *    receipt, belongs to that citizen — and null otherwise;
 * 3. a page that shows `<Receipt>` (components/receipt.tsx) from those facts, or else
 *    `<ReceiptNotFound>`, which says the receipt was not found and answers 404.
 *
 * Why not `notFound()`: in Next 16 a page that calls it in production answers 404 with an
 * empty body, its text only in the data for JavaScript (vercel/next.js#98954), so without
 * JavaScript the citizen sees a blank page. The page itself says it, on the server.
 */
export const RECEIPT_PREFIXES = {
  /** The special support request (R1.8). */
  supportRequest: "SH",
  /** A deleted access (R1.6). */
  accessDeletion: "SA",
  /** A submitted preparation questionnaire (R3.1). */
  forberedelsesskema: "FS",
  /** A sick report, `Meld syg` (R4.2). */
  sygemelding: "SY",
  /** A well report, `Meld rask` (R4.2). */
  raskmelding: "RA",
  /** A registration as unemployed (R1.7). */
  tilmelding: "TL",
} as const;

export type ReceiptKind = keyof typeof RECEIPT_PREFIXES;

// No 0/O or 1/I, so a reference read aloud is not misheard. 32 symbols, 8 of them: about
// 10^12 references per kind, drawn at random, so one cannot be guessed from another.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const LENGTH = 8;

/** A fresh, unguessable reference for a receipt of this kind, e.g. `SH-7KQ2M9XD`. */
export function newReceiptReference(kind: ReceiptKind): string {
  return `${RECEIPT_PREFIXES[kind]}-${Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;
}

/** Whether a value is a well-formed reference of this kind; anything else is never looked up. */
export function isReceiptReference(kind: ReceiptKind, value: unknown): value is string {
  return typeof value === "string" && new RegExp(`^${RECEIPT_PREFIXES[kind]}-[${ALPHABET}]{${LENGTH}}$`).test(value);
}

/** What a receipt shows: its reference and when the request was received — never what was written. */
export interface ReceiptFacts {
  reference: string;
  receivedAt: Date;
}
