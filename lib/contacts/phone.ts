import { parsePhoneNumberWithError } from "libphonenumber-js";

/** A phone number as stored (E.164, the form a `tel:` link needs); Danish when no country code is given. */
export function toE164(phone: string): string {
  return parsePhoneNumberWithError(phone, "DK").number;
}

/** A stored number as people read it: "+45 12 34 56 78". */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberWithError(e164);
  // Danes read and say their eight digits in pairs, whatever the number range.
  if (parsed.countryCallingCode === "45" && parsed.nationalNumber.length === 8) {
    return `+45 ${parsed.nationalNumber.match(/\d\d/g)!.join(" ")}`;
  }
  return parsed.formatInternational();
}
