import { beforeAll, describe, expect, test, vi } from "vitest";
import {
  ABSOLUTE_TIMEOUT_SECONDS,
  authCookies,
  decodeSessionToken,
  IDLE_TIMEOUT_SECONDS,
  renewSessionToken,
  STAFF_ABSOLUTE_TIMEOUT_SECONDS,
  type CitizenSessionToken,
} from "./session-token";

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

describe("the staff session cookie", () => {
  test("X5 a staff session lives 30 minutes idle and 8 hours at most, and is no citizen session", async () => {
    const staffToken = { sid: "staff-session", sub: "staff-1", authTime: loginAt };
    const renewed = await renewSessionToken(staffToken, loginAt + 60, "staff");
    expect(renewed?.maxAge).toBe(IDLE_TIMEOUT_SECONDS);
    expect(await renewSessionToken(staffToken, loginAt + STAFF_ABSOLUTE_TIMEOUT_SECONDS, "staff")).toBeNull();
    expect((await renewSessionToken(staffToken, loginAt + STAFF_ABSOLUTE_TIMEOUT_SECONDS - 60, "staff"))?.maxAge).toBe(60);
    // Each kind has its own key: a staff cookie does not open a citizen session, nor the reverse.
    expect(await decodeSessionToken(renewed!.value, "staff")).toMatchObject({ sid: "staff-session" });
    expect(await decodeSessionToken(renewed!.value, "citizen")).toBeNull();
    const citizen = await renewSessionToken(token, loginAt + 60, "citizen");
    expect(await decodeSessionToken(citizen!.value, "staff")).toBeNull();
    expect(authCookies("staff").sessionToken.name).toBe("jobnet.staff-session");
  });
});
