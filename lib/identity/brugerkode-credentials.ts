import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: a one-time password is read out over the phone or copied from a screen.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** A random one-time password of four groups of five characters (about 115 bits). */
export function newOneTimePassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")).join("-");
}

/** A username from a person's name: first and last name in lower-case ASCII, e.g. "søren å. ærø" → "soeren.aeroe". */
export function usernameBase(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z\s-]/g, " ")
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (ascii.length === 0) return "borger";
  return ascii.length === 1 ? ascii[0] : `${ascii[0]}.${ascii[ascii.length - 1]}`;
}

/** A one-time password stops working this many days after it was issued. */
export const ONE_TIME_PASSWORD_DAYS = 7;
