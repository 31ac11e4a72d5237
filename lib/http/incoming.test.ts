import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { repairRequestTarget, resolveClientAddress, trustedProxyCount } from "./incoming";

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join("."));
const address = fc.oneof(ipv4, fc.ipV6());

describe("the client's address for the login throttle", () => {
  test("X5 without trusted proxies it is the socket's peer, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(address, fc.array(fc.oneof(address, fc.string()), { maxLength: 5 }), (socket, forged) => {
        expect(resolveClientAddress({ socketAddress: socket, forwardedFor: forged.join(", "), trustedProxyCount: 0 })).toBe(socket);
      }),
    );
  });

  test("X5 behind N trusted proxies it is the entry the first of them appended, never one the client wrote", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            address,
            fc.string({ minLength: 1 }).filter((s) => !s.includes(",")),
          ),
          { maxLength: 4 },
        ),
        address,
        fc.array(address, { minLength: 1, maxLength: 3 }),
        (forged, client, proxies) => {
          // The client sends `forged`; the first proxy appends the client, each further proxy the one before it.
          const forwardedFor = [...forged, client, ...proxies.slice(0, -1)].join(", ");
          const socket = proxies[proxies.length - 1];
          expect(resolveClientAddress({ socketAddress: socket, forwardedFor, trustedProxyCount: proxies.length })).toBe(client);
        },
      ),
    );
  });

  test("X5 an IPv4 client on a dual-stack socket is counted as its IPv4 address", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:10.1.2.3", forwardedFor: undefined, trustedProxyCount: 0 })).toBe("10.1.2.3");
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedProxyCount: 0 })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "10.0.0.1", forwardedFor: ["1.1.1.1", "2.2.2.2"], trustedProxyCount: 1 })).toBe("2.2.2.2");
  });

  test("X5 TRUSTED_PROXY_COUNT is a small whole number, 0 when unset", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    for (const bad of ["-1", "1.5", "many", "11"]) expect(() => trustedProxyCount(bad)).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});

describe("request targets Next's router can decode", () => {
  test("X4 a path with a malformed percent-escape becomes a path that decodes, keeping its language prefix and query", () => {
    const cases: [string, string][] = [
      ["/%ZZ", "/%25ZZ"],
      ["/%C3", "/%25C3"],
      ["/en/%C3", "/en/%25C3"],
      ["/a%ZZ.png", "/a%25ZZ.png"],
      ["/api/auth/callback/%E0%A4%A?x=%ZZ", "/api/auth/callback/%25E0%25A4%25A?x=%ZZ"],
      ["/medarbejder/jobcenter/borger/%", "/medarbejder/jobcenter/borger/%25"],
    ];
    for (const [target, repaired] of cases) {
      expect(repairRequestTarget(target)).toBe(repaired);
      expect(() => decodeURIComponent(repairRequestTarget(target).split("?")[0])).not.toThrow();
    }
  });

  test("X4 any path decodes after repair, and one that decoded already is left alone", () => {
    const segment = fc
      .array(fc.oneof(fc.constantFrom("%", "%C3", "%ZZ", "%2", "%e6", "%C3%A6", "a", "-", "æ"), fc.string()), { maxLength: 6 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.array(
          segment.map((s) => s.replace(/[/?#]/g, "")),
          { minLength: 1, maxLength: 4 },
        ),
        (segments) => {
          const path = `/${segments.join("/")}`;
          const repaired = repairRequestTarget(path);
          expect(() => decodeURIComponent(repaired)).not.toThrow();
          let decodedBefore = true;
          try {
            decodeURIComponent(path);
          } catch {
            decodedBefore = false;
          }
          if (decodedBefore) expect(repaired).toBe(path);
        },
      ),
    );
  });
});
