import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { callbackLocale, callbackPath, safeCallbackUrl } from "./callback-url";

const base = "https://jobnet.example.dk";

describe("where a login returns to", () => {
  test("X5 anything that is not a path or address of the portal itself is the front page, and nothing throws", () => {
    for (const value of [
      "x",
      "profil",
      "http://evil.example/",
      "https://evil.example/profil",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "http://[",
      "mailto:a@b.dk",
      "https://jobnet.example.dk.evil.example/",
      "",
      null,
      undefined,
    ]) {
      expect(safeCallbackUrl(value, base)).toBe(`${base}/`);
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(new URL(safeCallbackUrl(value, base)).origin).toBe(base);
        expect(() => callbackLocale(value, base)).not.toThrow();
      }),
    );
  });

  test("X5 a path or an address on the portal is kept, with its language", () => {
    expect(safeCallbackUrl("/profil", base)).toBe(`${base}/profil`);
    expect(safeCallbackUrl("/en/opret/brugsvilkaar?x=1", base)).toBe(`${base}/en/opret/brugsvilkaar?x=1`);
    expect(safeCallbackUrl(`${base}/en`, base)).toBe(`${base}/en`);
    expect(callbackPath(`${base}/en/profil`, base)).toBe("/en/profil");
    expect(callbackLocale(`${base}/en/profil`, base)).toBe("en");
    expect(callbackLocale("http://[", base)).toBe("da");
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        fc.pre(path.startsWith("/") && !path.startsWith("//"));
        expect(new URL(safeCallbackUrl(path, base)).pathname).toBe(new URL(path, base).pathname);
      }),
    );
  });
});
