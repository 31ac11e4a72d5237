import { describe, expect, test } from "vitest";
import { beskedPageId, isReadingRequest } from "./read-intent";

const id = "3f2b8a8e-8a52-4d1e-9d7b-3c1f6a0f0b11";

describe("which requests read a message", () => {
  test("R4.1 a GET of the page or the letter reads it; a HEAD and a browser's prefetch or prerender do not", () => {
    const reading = (method: string | undefined, headers: Record<string, string> = {}) => isReadingRequest({ method, headers: new Headers(headers) });
    expect(reading("GET")).toBe(true);
    expect(reading(undefined)).toBe(true);
    expect(reading("GET", { "sec-purpose": "prefetching" })).toBe(true);
    expect(reading("GET", { purpose: "navigate" })).toBe(true);

    expect(reading("HEAD")).toBe(false);
    expect(reading("head")).toBe(false);
    const prefetches: Record<string, string>[] = [
      { "sec-purpose": "prefetch" },
      { "sec-purpose": "prefetch;prerender" },
      { "sec-purpose": "prefetch;anonymous-client-ip" },
      { "Sec-Purpose": " Prefetch " },
      { purpose: "prefetch" },
      { "x-purpose": "prefetch" },
      { "x-moz": "prefetch" },
      { "next-router-prefetch": "1" },
    ];
    for (const headers of prefetches) {
      expect(reading("GET", headers), JSON.stringify(headers)).toBe(false);
    }
  });

  test("R4.1 only a message's own page names the message it opens", () => {
    expect(beskedPageId(`/beskeder/${id}`)).toBe(id);
    expect(beskedPageId(`/beskeder/${id.toUpperCase()}`)).toBe(id.toUpperCase());
    for (const path of ["/beskeder", "/beskeder/", `/beskeder/${id}/brev`, `/en/beskeder/${id}`, "/beskeder/ikke-et-id", `/x/beskeder/${id}`]) {
      expect(beskedPageId(path), path).toBeNull();
    }
  });
});
