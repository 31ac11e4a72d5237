import { isValidPhoneNumber, parsePhoneNumber } from "libphonenumber-js";
import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";
import { text } from "@/lib/validation";

// The forms of `Få besked på SMS og/eller e-mail` (R1.7) and of its signed links, one schema
// per form, shared by the browser and the server actions. Messages are keys under
// `notifications.errors`.

export const NOTIFICATION_CHANNELS = ["email", "sms"] as const;
export const NOTICE_TOPICS = ["jobagent", "besked"] as const;

const channel = z.enum(NOTIFICATION_CHANNELS, "invalid");

/** A Danish mobile number may be written without +45 (and with spaces); any other starts with its country code. Kept as E.164. */
export function normalisePhone(value: string): string | null {
  if (!isValidPhoneNumber(value, "DK")) return null;
  return parsePhoneNumber(value, "DK").number;
}

/**
 * `Send kode`: the e-mail address or mobile number to verify. `channel` is a hidden field of
 * each of the two forms; the address comes back as it is kept (trimmed; a number in E.164).
 */
export const requestCodeSchema = z
  .object({
    channel,
    address: text().trim().max(254, "tooLong"),
  })
  .transform((input, context) => {
    if (!input.address) {
      context.addIssue({ code: "custom", path: ["address"], message: input.channel === "email" ? "emailMissing" : "phoneMissing" });
      return z.NEVER;
    }
    if (input.channel === "email") {
      if (!z.email().safeParse(input.address).success) {
        context.addIssue({ code: "custom", path: ["address"], message: "emailInvalid" });
        return z.NEVER;
      }
      return { channel: input.channel, address: input.address };
    }
    const phone = normalisePhone(input.address);
    if (!phone) {
      context.addIssue({ code: "custom", path: ["address"], message: "phoneInvalid" });
      return z.NEVER;
    }
    return { channel: input.channel, address: phone };
  });

/** `Bekræft`: the 6-digit code sent to the address (spaces allowed, as people copy it). */
export const confirmCodeSchema = z.object({
  channel,
  code: text()
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(
      text()
        .min(1, "codeMissing")
        .regex(/^\d{6}$/, "codeInvalid"),
    ),
});

/** `Fjern` on an address: which one. */
export const removeAddressSchema = z.object({ channel });

/** A checkbox group's ticked values as a list, however they arrive (a post: one value per box; the browser's form library: a list or false). */
const ticked = (value: unknown) => (value === undefined || value === null || value === false || value === "" ? [] : Array.isArray(value) ? value : [value]);
const channels = z.preprocess(ticked, z.array(channel).max(2, "invalid"));

/** What the citizen wants to be told about, and how: per topic, e-mail and/or SMS (or neither). */
export const choicesSchema = z.object({
  jobagent: channels,
  besked: channels,
});

/** A signed link's token, as the page's hidden field carries it. */
const token = text().regex(/^[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{20,100}$/, "linkInvalid");

/** The settings from a link in a notice (no login): the same choices, with the link's token. */
export const linkChoicesSchema = choicesSchema.extend({ token });

/** `Afmeld` from a link in a notice: the topic and the link's token. */
export const unsubscribeSchema = z.object({ topic: z.enum(NOTICE_TOPICS, "invalid"), token });

export type RequestCodeInput = z.input<typeof requestCodeSchema>;
export type ConfirmCodeInput = z.input<typeof confirmCodeSchema>;
export type ChoicesInput = z.input<typeof choicesSchema>;
export type LinkChoicesInput = z.input<typeof linkChoicesSchema>;

registerFormMessages("notifications.errors", requestCodeSchema, confirmCodeSchema, removeAddressSchema, choicesSchema, linkChoicesSchema, unsubscribeSchema);
