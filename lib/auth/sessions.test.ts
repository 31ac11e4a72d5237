import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { citizens, jobnetProfiles } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { consumeLoginToken, createCitizenSession, endAllCitizenSessions, endCitizenSession } from "./mutations";
import { findActiveCitizenSession } from "./queries";

const { db } = withFreshDatabase({ seed: true });

async function citizenId(cpr: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
  return row.id;
}

describe("citizen sessions", () => {
  test("X5 a new session counts, with the citizen's name, contact group and login method", async () => {
    const anna = await citizenId("0101901111");
    const { sessionId } = await createCitizenSession({ citizenId: anna, method: "mitid" });
    expect(await findActiveCitizenSession({ sessionId })).toEqual({
      sessionId,
      citizenId: anna,
      name: "Anna Andersen",
      contactGroup: "dagpengemodtager",
      method: "mitid",
      mustChangePassword: false,
    });
  });

  test("X5 ending all of a citizen's sessions ends every device at once, and no one else's", async () => {
    const bent = await citizenId("0202802222");
    const anna = await citizenId("0101901111");
    const phone = await createCitizenSession({ citizenId: bent, method: "brugerkode" });
    const laptop = await createCitizenSession({ citizenId: bent, method: "brugerkode" });
    const other = await createCitizenSession({ citizenId: anna, method: "mitid" });

    expect(await endAllCitizenSessions({ citizenId: bent, reason: "access deleted" })).toBe(2);

    expect(await findActiveCitizenSession({ sessionId: phone.sessionId })).toBeNull();
    expect(await findActiveCitizenSession({ sessionId: laptop.sessionId })).toBeNull();
    expect(await findActiveCitizenSession({ sessionId: other.sessionId })).not.toBeNull();
    // Ending again finds nothing left to end.
    expect(await endAllCitizenSessions({ citizenId: bent, reason: "access deleted" })).toBe(0);
  });

  test("X5 logout ends only the session it was given", async () => {
    const anna = await citizenId("0101901111");
    const first = await createCitizenSession({ citizenId: anna, method: "mitid" });
    const second = await createCitizenSession({ citizenId: anna, method: "mitid" });
    await endCitizenSession({ sessionId: first.sessionId, reason: "logout" });
    expect(await findActiveCitizenSession({ sessionId: first.sessionId })).toBeNull();
    expect(await findActiveCitizenSession({ sessionId: second.sessionId })).not.toBeNull();
  });

  test("X5 a session stops counting 12 hours after login, however active", async () => {
    const anna = await citizenId("0101901111");
    const loginAt = new Date("2026-11-26T08:00:00Z");
    const { sessionId, expiresAt } = await createCitizenSession({ citizenId: anna, method: "mitid", now: loginAt });
    expect(expiresAt.toISOString()).toBe("2026-11-26T20:00:00.000Z");
    expect(await findActiveCitizenSession({ sessionId, now: new Date("2026-11-26T19:59:59Z") })).not.toBeNull();
    expect(await findActiveCitizenSession({ sessionId, now: new Date("2026-11-26T20:00:00Z") })).toBeNull();
  });

  test("X5 a session stops counting when the citizen's profile is deleted", async () => {
    const anna = await citizenId("0101901111");
    const { sessionId } = await createCitizenSession({ citizenId: anna, method: "mitid" });
    await db().update(jobnetProfiles).set({ deletedAt: new Date() }).where(eq(jobnetProfiles.citizenId, anna));
    expect(await findActiveCitizenSession({ sessionId })).toBeNull();
  });

  test("X5 an unknown session id counts for nothing", async () => {
    expect(await findActiveCitizenSession({ sessionId: "made-up" })).toBeNull();
  });
});

describe("pending logins", () => {
  test("R1.4 a pending-login token works once only", async () => {
    expect(await consumeLoginToken({ tokenId: "token-1" })).toBe(true);
    expect(await consumeLoginToken({ tokenId: "token-1" })).toBe(false);
    expect(await consumeLoginToken({ tokenId: "token-2" })).toBe(true);
  });
});
