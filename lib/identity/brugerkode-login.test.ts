import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { DEMO_PASSWORD } from "@/db/demo-data";
import { brugerkoder, jobnetProfiles } from "@/db/schema";
import { useFreshDatabase } from "@/tests/support/database";
import { verifyBrugerkodeLogin } from "./brugerkode-login";
import { brugerkodeLoginSchema } from "./schema";

const { db } = useFreshDatabase({ seed: true });

async function brugerkode(username: string) {
  const [row] = await db().select().from(brugerkoder).where(eq(brugerkoder.username, username));
  return row;
}

describe("brugerkode login", () => {
  test("R1.1a a flagged citizen with the right password logs in, and the login is noted", async () => {
    const result = await verifyBrugerkodeLogin({ username: "bent.brugerkode", password: DEMO_PASSWORD });
    expect(result).toEqual({ ok: true, citizenId: (await brugerkode("bent.brugerkode")).citizenId });
    expect((await brugerkode("bent.brugerkode")).lastLoginAt).not.toBeNull();
  });

  test("R1.1a the username is not case-sensitive", async () => {
    expect((await verifyBrugerkodeLogin({ username: "Bent.Brugerkode", password: DEMO_PASSWORD })).ok).toBe(true);
  });

  test("R1.1a every failure gives the same answer: wrong password, unflagged, unknown user", async () => {
    const outcomes = await Promise.all([
      verifyBrugerkodeLogin({ username: "bent.brugerkode", password: "Jobnet-Demo-2021" }),
      // Gitte has the right password, but the flag was removed when she logged in with MitID.
      verifyBrugerkodeLogin({ username: "gitte.gammelkode", password: DEMO_PASSWORD }),
      verifyBrugerkodeLogin({ username: "ingen.kender.mig", password: DEMO_PASSWORD }),
    ]);
    expect(outcomes).toEqual([{ ok: false }, { ok: false }, { ok: false }]);
    expect((await brugerkode("gitte.gammelkode")).lastLoginAt).toBeNull();
  });

  test("R1.1a a flagged citizen whose profile is deleted cannot log in", async () => {
    const { citizenId } = await brugerkode("birthe.brugerkode");
    await db().update(jobnetProfiles).set({ deletedAt: new Date() }).where(eq(jobnetProfiles.citizenId, citizenId));
    expect(await verifyBrugerkodeLogin({ username: "birthe.brugerkode", password: DEMO_PASSWORD })).toEqual({ ok: false });
  });

  test("R1.1a a flagged citizen with no password yet cannot log in", async () => {
    await db().update(brugerkoder).set({ passwordHash: null }).where(eq(brugerkoder.username, "birthe.brugerkode"));
    expect(await verifyBrugerkodeLogin({ username: "birthe.brugerkode", password: DEMO_PASSWORD })).toEqual({ ok: false });
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
