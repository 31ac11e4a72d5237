import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { brugerkoder, jobnetProfiles } from "@/db/schema";
import { LOCK_MS, MAX_ADDRESS_FAILURES, MAX_FAILED_ATTEMPTS } from "@/lib/auth/throttle";
import { withFreshDatabase } from "@/tests/support/database";
import { verifyBrugerkodeLogin } from "./brugerkode-login";
import { brugerkodeLoginSchema } from "./schema";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
});

const { db } = withFreshDatabase({ seed: true });

const start = new Date("2026-11-26T10:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const login = (username: string, password: string, options: { address?: string; at?: Date } = {}) =>
  verifyBrugerkodeLogin({ username, password }, { address: options.address ?? "192.0.2.10", now: options.at ?? start });

async function brugerkode(username: string) {
  const [row] = await db().select().from(brugerkoder).where(eq(brugerkoder.username, username));
  return row;
}

describe("brugerkode login", () => {
  test("R1.1a a flagged citizen with the right password logs in, and the login is noted", async () => {
    const result = await login("bent.brugerkode", DEMO_PASSWORD);
    expect(result).toEqual({ ok: true, citizenId: (await brugerkode("bent.brugerkode")).citizenId });
    expect((await brugerkode("bent.brugerkode")).lastLoginAt).toEqual(start);
  });

  test("R1.1a the username is not case-sensitive", async () => {
    expect((await login("Bent.Brugerkode", DEMO_PASSWORD)).ok).toBe(true);
  });

  test("R1.1a every failure gives the same answer: wrong password, unflagged, unknown user", async () => {
    const outcomes = [
      await login("bent.brugerkode", "Jobnet-Demo-2021"),
      // Gitte has the right password, but the flag was removed when she logged in with MitID.
      await login("gitte.gammelkode", DEMO_PASSWORD),
      await login("ingen.kender.mig", DEMO_PASSWORD),
    ];
    expect(outcomes).toEqual([{ ok: false }, { ok: false }, { ok: false }]);
    expect((await brugerkode("gitte.gammelkode")).lastLoginAt).toBeNull();
  });

  test("R1.1a a flagged citizen whose profile is deleted cannot log in", async () => {
    const { citizenId } = await brugerkode("birthe.brugerkode");
    await db().update(jobnetProfiles).set({ deletedAt: start }).where(eq(jobnetProfiles.citizenId, citizenId));
    expect(await login("birthe.brugerkode", DEMO_PASSWORD)).toEqual({ ok: false });
  });

  test("R1.1a a flagged citizen with no password yet cannot log in", async () => {
    await db().update(brugerkoder).set({ passwordHash: null }).where(eq(brugerkoder.username, "birthe.brugerkode"));
    expect(await login("birthe.brugerkode", DEMO_PASSWORD)).toEqual({ ok: false });
  });

  test("X4 the login form's schema names each missing field", () => {
    const result = brugerkodeLoginSchema.safeParse({ username: "  ", password: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["username", "usernameMissing"],
      ["password", "passwordMissing"],
    ]);
  });
});

describe("login throttling", () => {
  test("X5 five failures lock the username for 15 minutes; the right password fails during the lock", async () => {
    for (let attempt = 1; attempt <= MAX_FAILED_ATTEMPTS; attempt++) {
      expect(await login("bent.brugerkode", "wrong", { at: minutes(attempt) })).toEqual({ ok: false });
    }
    const lockedUntil = (await brugerkode("bent.brugerkode")).lockedUntil!;
    expect(lockedUntil).toEqual(new Date(minutes(MAX_FAILED_ATTEMPTS).getTime() + LOCK_MS));

    expect(await login("bent.brugerkode", DEMO_PASSWORD, { at: minutes(10) })).toEqual({ ok: false });
    // Tries during the lock neither count nor extend it.
    expect((await brugerkode("bent.brugerkode")).lockedUntil).toEqual(lockedUntil);

    expect((await login("bent.brugerkode", DEMO_PASSWORD, { at: new Date(lockedUntil.getTime() + 1000) })).ok).toBe(true);
    expect(await brugerkode("bent.brugerkode")).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  test("X5 four failures and a success start the count again", async () => {
    for (let attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt++) await login("bent.brugerkode", "wrong", { at: minutes(attempt) });
    expect((await login("bent.brugerkode", DEMO_PASSWORD, { at: minutes(5) })).ok).toBe(true);
    await login("bent.brugerkode", "wrong", { at: minutes(6) });
    expect(await brugerkode("bent.brugerkode")).toMatchObject({ failedAttempts: 1, lockedUntil: null });
  });

  test("X5 a lock on one username does not touch another", async () => {
    for (let attempt = 1; attempt <= MAX_FAILED_ATTEMPTS; attempt++) await login("bent.brugerkode", "wrong", { at: minutes(attempt) });
    expect((await login("birthe.brugerkode", DEMO_PASSWORD, { at: minutes(6) })).ok).toBe(true);
  });

  test("X5 one client address that fails on many usernames is stopped, others are not", async () => {
    const attacker = "198.51.100.7";
    for (let attempt = 0; attempt < MAX_ADDRESS_FAILURES; attempt++) {
      await login(`guess.${attempt}`, "wrong", { address: attacker, at: minutes(attempt % 10) });
    }
    expect(await login("bent.brugerkode", DEMO_PASSWORD, { address: attacker, at: minutes(11) })).toEqual({ ok: false });
    expect((await login("bent.brugerkode", DEMO_PASSWORD, { address: "192.0.2.99", at: minutes(11) })).ok).toBe(true);
    // After the 15-minute window the address may try again.
    expect((await login("birthe.brugerkode", DEMO_PASSWORD, { address: attacker, at: minutes(16) })).ok).toBe(true);
  });
});
