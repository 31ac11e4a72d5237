import { createTranslator } from "next-intl";
import { afterEach, describe, expect, test, vi } from "vitest";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { messageFallback, reportIntlError } from "./message-fallback";

function translator(messages: typeof da, locale: string) {
  // The fallback is what lib/i18n/request.ts and the browser's provider give next-intl.
  return createTranslator({ locale, messages: messages as never, onError: reportIntlError, getMessageFallback: messageFallback(messages) }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
}

describe("a text missing from the message files", () => {
  afterEach(() => vi.restoreAllMocks());

  test.each([
    ["da", da, "supportRequest.errors.noSuchKey"],
    ["da", da, "staff.contacts.errors.Invalid input: expected string, received undefined"],
    ["en", en, "errors.noSuchKey"],
    ["en", en, "editor.errors.noSuchKeyEither"],
  ] as const)("X2 a missing validation message shows the generic one in %s, never its key (%s)", (locale, messages, key) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const shown = translator(messages, locale)(key);
    expect(shown).toBe(messages.errors.messageMissing);
    expect(shown).not.toContain("MISSING_MESSAGE");
    expect(shown).not.toContain(key.split(".").at(-1));
  });

  test.each([
    ["da", da, "frontPage.noSuchHeading"],
    ["en", en, "shell.footer"],
  ] as const)("X2 any other missing text shows a short notice in %s (%s)", (locale, messages, key) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(translator(messages, locale)(key)).toBe(messages.errors.textMissing);
  });

  test("X5 the log names the missing key, never the values the text was to show", () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    translator(da, "da")("supportRequest.errors.noSuchKey", { name: "Karen Ledig", cpr: "0101901234" });
    const lines = printed.mock.calls.map((call) => String(call[0])).join("\n");
    expect(lines).toContain("message_missing");
    expect(lines).toContain("supportRequest.errors.noSuchKey");
    expect(lines).not.toContain("Karen");
    expect(lines).not.toContain("0101901234");
  });
});

describe("strict messages, for the browser tests' server", () => {
  afterEach(() => vi.restoreAllMocks());

  test("X2 a missing text stops the page and names its key, so the test that shows it fails", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const strict = createTranslator({
      locale: "da",
      messages: da as never,
      onError: reportIntlError,
      getMessageFallback: messageFallback(da, { strict: true }),
    }) as unknown as (key: string) => string;
    expect(() => strict("forms.noSuchKey")).toThrow(/forms\.noSuchKey/);
    expect(strict("forms.errorPrefix")).toBe(da.forms.errorPrefix);
  });
});
