import { describe, expect, test, vi } from "vitest";
import { log, redact } from "./log";

describe("logging", () => {
  test("X5 a CPR number never reaches a log line, with or without its dash", () => {
    expect(redact("citizen 0101901111 and 020280-2222")).toBe("citizen ********** and **********");
    // Longer digit runs (an order number, a timestamp) are not CPR numbers.
    expect(redact("order 123456789012")).toBe("order 123456789012");
    // An id whose last group ends in ten digits is an id, not a CPR number.
    expect(redact('citizenId="7fd48bd4-a7f8-4e65-a777-fa2492065838"')).toBe('citizenId="7fd48bd4-a7f8-4e65-a777-fa2492065838"');
    expect(redact("cpr=0101901111, (0101901111), 010190-1111.")).toBe("cpr=**********, (**********), **********.");
  });

  test("X5 log fields are redacted too", () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    log.error("lookup_failed 0101901111", { message: "duplicate key (cpr)=(0101901111)" });
    expect(printed.mock.calls[0][0]).not.toContain("0101901111");
    printed.mockRestore();
  });
});
