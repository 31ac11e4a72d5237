import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { csrfTokenFromCookie, newCsrfCookieValue } from "./csrf";

// next-auth's own check, loaded by file path (its package does not export it), so this test
// fails if a next-auth upgrade changes the cookie format the proxy imitates.
const require = createRequire(import.meta.url);
const { createCSRFToken } = require(path.resolve("node_modules/next-auth/core/lib/csrf-token.js")) as {
  createCSRFToken(args: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }): {
    csrfTokenVerified?: boolean;
    csrfToken: string;
  };
};

const secret = "a-test-secret-that-is-long-enough-for-the-check";

describe("the CSRF cookie issued for server-rendered login forms", () => {
  test("X5 next-auth accepts the cookie and its token", () => {
    const cookie = newCsrfCookieValue(secret);
    const token = csrfTokenFromCookie(cookie, secret);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(createCSRFToken({ options: { secret }, cookieValue: cookie, isPost: true, bodyValue: token! })).toEqual({
      csrfTokenVerified: true,
      csrfToken: token,
    });
  });

  test("X5 a cookie made with another secret, or altered, yields no token", () => {
    const cookie = newCsrfCookieValue("another-secret-another-secret-another");
    expect(csrfTokenFromCookie(cookie, secret)).toBeNull();
    expect(csrfTokenFromCookie(`${"0".repeat(64)}|${cookie.split("|")[1]}`, secret)).toBeNull();
    expect(csrfTokenFromCookie("garbage", secret)).toBeNull();
    expect(csrfTokenFromCookie(undefined, secret)).toBeNull();
  });
});
