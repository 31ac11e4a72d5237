import { beforeAll, describe, expect, test, vi } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS, authCookies, decodeSessionToken, IDLE_TIMEOUT_SECONDS, renewSessionToken, type CitizenSessionToken } from "./session-token";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
});

const loginAt = 1_800_000_000;
const token: CitizenSessionToken = { sid: "session-1", sub: "citizen-1", method: "mitid", authTime: loginAt };

describe("the session cookie", () => {
  test("X5 a session lives 30 minutes idle, renewed up to 12 hours after login", async () => {
    const renewed = await renewSessionToken(token, loginAt + 60);
    expect(renewed?.maxAge).toBe(IDLE_TIMEOUT_SECONDS);
    const decoded = await decodeSessionToken(renewed!.value);
    expect(decoded).toMatchObject({ sid: "session-1", sub: "citizen-1", authTime: loginAt });

    const late = await renewSessionToken(token, loginAt + ABSOLUTE_TIMEOUT_SECONDS - 600);
    expect(late?.maxAge).toBe(600);
    expect(await renewSessionToken(token, loginAt + ABSOLUTE_TIMEOUT_SECONDS)).toBeNull();
  });

  test("X5 a cookie that is not ours, or tampered with, is no session", async () => {
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("not-a-token")).toBeNull();
    const renewed = await renewSessionToken(token, Math.floor(Date.now() / 1000));
    const tampered = renewed!.value.slice(0, -4) + (renewed!.value.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSessionToken(tampered)).toBeNull();
  });

  test("X5 cookies are HttpOnly and SameSite=Lax, and not Secure over plain http on localhost", () => {
    const cookies = authCookies();
    for (const cookie of Object.values(cookies)) {
      expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
      expect(cookie.name.startsWith("__Host-")).toBe(false);
    }
  });
});
