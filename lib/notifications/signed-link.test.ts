import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { signLinkToken, verifyLinkToken, type SignedLinkPurpose } from "./signed-link";

const secret = "a-test-secret-that-is-long-enough-for-signed-links";
const now = new Date("2026-03-01T10:00:00Z");
const citizenId = "0f5b8e1c-3b7a-4c2e-9d1f-7a6b5c4d3e2f";
const sign = (purpose: SignedLinkPurpose = "unsubscribe-jobagent", days = 30) => signLinkToken({ purpose, subject: citizenId, now, days }, secret);

describe("signed links in notices", () => {
  test("R1.7 a token names its subject for its purpose until it expires", () => {
    const token = sign();
    expect(verifyLinkToken(token, { purpose: "unsubscribe-jobagent", now }, secret)).toBe(citizenId);
    expect(verifyLinkToken(token, { purpose: "unsubscribe-jobagent", now: new Date(now.getTime() + 29 * 86_400_000) }, secret)).toBe(citizenId);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  test("R1.7 an expired token is refused", () => {
    const token = sign("settings", 1);
    expect(verifyLinkToken(token, { purpose: "settings", now: new Date(now.getTime() + 86_400_000) }, secret)).toBeNull();
    expect(verifyLinkToken(token, { purpose: "settings", now: new Date(now.getTime() + 86_400_000 - 1000) }, secret)).toBe(citizenId);
  });

  test("R1.7 a token for one purpose is refused for every other", () => {
    const purposes: SignedLinkPurpose[] = ["unsubscribe-jobagent", "unsubscribe-besked", "settings", "jobagent-keep"];
    for (const signedFor of purposes) {
      for (const askedFor of purposes) {
        const result = verifyLinkToken(sign(signedFor), { purpose: askedFor, now }, secret);
        expect(result).toBe(signedFor === askedFor ? citizenId : null);
      }
    }
  });

  test("R1.7 a token signed with another secret, or malformed, is refused", () => {
    expect(verifyLinkToken(sign(), { purpose: "unsubscribe-jobagent", now }, `${secret}x`)).toBeNull();
    for (const malformed of ["", ".", "abc", "abc.def.ghi", `${sign()}.x`, "%%%.%%%"]) {
      expect(verifyLinkToken(malformed, { purpose: "unsubscribe-jobagent", now }, secret)).toBeNull();
    }
  });

  test("R1.7 any change to a token makes it refused (property)", () => {
    const token = sign();
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...alphabet.split("")), (position, replacement) => {
        fc.pre(token[position] !== replacement);
        const changed = token.slice(0, position) + replacement + token.slice(position + 1);
        // base64url's last character may carry unused bits: a change there can decode to the same bytes.
        const sameBytes = (value: string) =>
          value
            .split(".")
            .map((part) => Buffer.from(part, "base64url").toString("hex"))
            .join(".");
        fc.pre(sameBytes(changed) !== sameBytes(token));
        expect(verifyLinkToken(changed, { purpose: "unsubscribe-jobagent", now }, secret)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  test("R1.7 a forged payload with a reused signature is refused", () => {
    const [, signature] = sign().split(".");
    const forged = Buffer.from(JSON.stringify({ p: "unsubscribe-jobagent", s: "someone-else", e: 9_999_999_999 })).toString("base64url");
    expect(verifyLinkToken(`${forged}.${signature}`, { purpose: "unsubscribe-jobagent", now }, secret)).toBeNull();
  });
});
