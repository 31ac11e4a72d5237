import type { IntlError } from "next-intl";
import { log } from "@/lib/log";

// What a page shows instead of a text the message files lack. A raw key (or next-intl's
// `MISSING_MESSAGE: …`) never reaches the page: a missing validation message becomes a
// generic one that still says what to do, any other missing text a short notice, both in the
// page's language.
const GENERIC_VALIDATION_MESSAGE = "errors.messageMissing";
const GENERIC_TEXT = "errors.textMissing";

function lookup(messages: unknown, path: string): string | undefined {
  let node: unknown = messages;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** The key next-intl looked for, cut short: it is a developer's key, but it may carry an action's answer. */
function keyOf(namespace: string | undefined, key: string): string {
  return [namespace, key].filter(Boolean).join(".").slice(0, 120);
}

/**
 * Whether a missing text stops the page instead of falling back: on the server when
 * `JOBNET_STRICT_MESSAGES=1` (the browser tests' server), in the browser when the server says so
 * (components/shell/client-messages.tsx). A text that is in the files but not sent to a client
 * island fails the test that shows it, rather than showing the generic notice unnoticed.
 */
export function strictMessages(): boolean {
  return typeof process !== "undefined" && process.env?.JOBNET_STRICT_MESSAGES === "1";
}

/**
 * next-intl's getMessageFallback for the server (lib/i18n/request.ts) and the browser (the
 * client provider): the generic text, and one log line naming the missing key — never the
 * values the text would have been formatted with, which can be what someone typed.
 */
export function messageFallback(messages: unknown, { strict = strictMessages() }: { strict?: boolean } = {}) {
  return ({ namespace, key, error }: { namespace?: string; key: string; error: IntlError }): string => {
    const missing = keyOf(namespace, key);
    log.error("message_missing", { code: error.code, key: missing });
    if (strict) throw new Error(`A text is missing where it is shown: ${missing} (${error.code})`);
    const isValidation = missing.split(".").includes("errors");
    return lookup(messages, isValidation ? GENERIC_VALIDATION_MESSAGE : GENERIC_TEXT) ?? "";
  };
}

// The problems after which next-intl asks for a fallback, which logs them with their key.
const LOGGED_BY_FALLBACK = new Set<string>(["MISSING_MESSAGE", "INSUFFICIENT_PATH", "INVALID_KEY", "INVALID_MESSAGE", "FORMATTING_ERROR"]);

/**
 * next-intl's onError. A text that cannot be shown is logged by the fallback above, with its
 * key; any other problem by its code only, as next-intl's own text can quote the values.
 */
export function reportIntlError(error: IntlError): void {
  if (LOGGED_BY_FALLBACK.has(error.code)) return;
  log.error("message_failed", { code: error.code });
}
