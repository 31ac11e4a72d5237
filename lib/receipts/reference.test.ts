import { describe, expect, test } from "vitest";
import { isReceiptReference, newReceiptReference } from "./reference";

describe("receipt references", () => {
  test("R1.8 a receipt's reference is random, not a small sequential number, and says its kind", () => {
    const references = Array.from({ length: 2000 }, () => newReceiptReference("supportRequest"));
    expect(new Set(references).size).toBe(references.length);
    for (const reference of references) expect(reference).toMatch(/^SH-[2-9A-HJ-NP-Z]{8}$/);
    // No two references made one after the other are neighbours, as an incrementing number would be.
    const numbers = references.map((reference) => parseInt(reference.slice(3), 36));
    expect(numbers.slice(1).filter((number, index) => Math.abs(number - numbers[index]) <= 1)).toEqual([]);
    expect(newReceiptReference("accessDeletion")).toMatch(/^SA-[2-9A-HJ-NP-Z]{8}$/);
  });

  test.each([
    ["SH-23456789", "supportRequest", true],
    ["SA-ZZZZZZZZ", "accessDeletion", true],
    ["SA-23456789", "supportRequest", false],
    ["sh-23456789", "supportRequest", false],
    ["SH-2345678", "supportRequest", false],
    ["SH-234567890", "supportRequest", false],
    ["SH-0000000O", "supportRequest", false],
    [" SH-23456789", "supportRequest", false],
    ["42", "accessDeletion", false],
    ["", "supportRequest", false],
  ] as const)("R1.8 %s is a well-formed %s reference: %s", (value, kind, expected) => {
    expect(isReceiptReference(kind, value)).toBe(expected);
  });

  test("R1.8 a value that is not text is never a reference", () => {
    expect(isReceiptReference("supportRequest", undefined)).toBe(false);
    expect(isReceiptReference("supportRequest", ["SH-23456789"])).toBe(false);
    expect(isReceiptReference("accessDeletion", 17)).toBe(false);
  });
});
