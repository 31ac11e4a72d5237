import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CACHED_PAGE_PATHS, cachedPageFor, cachedPagePath, TEST_CLOCK_HEADER } from "./cached-pages";

const anonymousGet = (pathname: string, changes: Partial<Parameters<typeof cachedPageFor>[0]> = {}) =>
  cachedPageFor({ method: "GET", pathname, search: "", headers: new Headers(), hasSessionCookie: false, testClock: false, ...changes });

describe("which requests get a cached page", () => {
  test("X5 each cached page in both languages maps to its copy under /statisk", () => {
    expect(cachedPagePath("/")).toBe("/statisk/da");
    expect(cachedPagePath("/en")).toBe("/statisk/en");
    expect(cachedPagePath("/hjaelp/faq-jobsoegere")).toBe("/statisk/da/hjaelp/faq-jobsoegere");
    expect(cachedPagePath("/en/hjaelp/faq-jobsoegere")).toBe("/statisk/en/hjaelp/faq-jobsoegere");
    for (const path of CACHED_PAGE_PATHS) {
      expect(cachedPagePath(path)).toBe(`/statisk/da${path === "/" ? "" : path}`);
      expect(cachedPagePath(path === "/" ? "/en" : `/en${path}`)).toBe(`/statisk/en${path === "/" ? "" : path}`);
    }
  });

  test("X5 any other address is rendered for its request, whatever it looks like", () => {
    const listed = new Set<string>([...CACHED_PAGE_PATHS, ...CACHED_PAGE_PATHS.map((path) => (path === "/" ? "/en" : `/en${path}`))]);
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        fc.pre(!listed.has(path));
        expect(cachedPagePath(path)).toBeNull();
      }),
      { numRuns: 500 },
    );
    for (const path of [
      "/profil",
      "/log-ind/brugerkoder",
      "/opret",
      "/hjaelp/faq-jobsoegere/",
      "/HJAELP/faq-jobsoegere",
      "/statisk/da",
      "/en/en",
      "/da",
      "//",
    ]) {
      expect(cachedPagePath(path), path).toBeNull();
    }
  });

  test("X5 a session, a query, a write, a script's request or the test clock each get the page rendered for them", () => {
    expect(anonymousGet("/")).toBe("/statisk/da");
    expect(anonymousGet("/", { method: "HEAD" })).toBe("/statisk/da");
    expect(anonymousGet("/", { hasSessionCookie: true })).toBeNull();
    expect(anonymousGet("/hjaelp/faq-jobsoegere", { search: "?q=dagpenge" })).toBeNull();
    expect(anonymousGet("/", { search: "?velkommen=ny" })).toBeNull();
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) expect(anonymousGet("/", { method })).toBeNull();
    expect(anonymousGet("/", { headers: new Headers({ rsc: "1" }) })).toBeNull();
    expect(anonymousGet("/", { headers: new Headers({ "next-action": "abc" }) })).toBeNull();
    const clocked = new Headers({ [TEST_CLOCK_HEADER]: "2026-11-26T18:00:00Z" });
    expect(anonymousGet("/", { headers: clocked, testClock: true })).toBeNull();
    // Without the test clock switched on, the header means nothing.
    expect(anonymousGet("/", { headers: clocked, testClock: false })).toBe("/statisk/da");
  });
});
