// How the jobcenter can reach the citizen, as typed on `Tilmelding`'s contact step (R1.7): read
// the same way by the form's schema (in the browser too) and by the data function.
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

/**
 * Why a phone number is refused, or null when it is one: a Danish number may be written without
 * +45, any other needs its country code. An extension (`22 33 44 55 ext. 12`, `x12`, `#12`) is
 * refused, not dropped: the number stored is E.164, which has no room for one.
 */
export function phoneProblem(phone: string): "phoneInvalid" | "phoneExtension" | null {
  const parsed = parsePhoneNumberFromString(phone, "DK");
  if (!parsed?.isValid()) return "phoneInvalid";
  return parsed.ext ? "phoneExtension" : null;
}

const asciiEmail = z.email();
// What a domain may hold before it is turned into ASCII: no spaces, control characters or
// characters that end a host in an address (so `ø.dk/x` is not read as `ø.dk`).
const DOMAIN_CHARACTERS = /^[^\s\p{Cc}@/\\?#:[\]%]+$/u;

/**
 * An e-mail address as stored, or null when it is not one: the part before @ as typed, the
 * domain in lower case (domains are case-insensitive; `Navn@Example.DK` is `Navn@example.dk`).
 * A domain with letters such as æ, ø, å (`ø.dk`) is accepted when its ASCII form (`xn--8ba.dk`,
 * IDNA, as the browser's URL parser makes it) passes zod's e-mail check, and is kept as typed,
 * lower-cased, so the citizen and the caseworker read it as written.
 */
export function normalizeEmail(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at <= 0) return null;
  const local = email.slice(0, at);
  const domain = email
    .slice(at + 1)
    .normalize("NFC")
    .toLowerCase();
  if (!DOMAIN_CHARACTERS.test(domain)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  if (!asciiEmail.safeParse(`${local}@${ascii}`).success) return null;
  return `${local}@${domain}`;
}
