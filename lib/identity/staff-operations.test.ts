import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { auditLog, brugerkoder, citizens, staff } from "@/db/schema";
import { createCitizenSession } from "@/lib/auth/mutations";
import { findActiveCitizenSession } from "@/lib/auth/queries";
import { verifyPassword } from "@/lib/auth/password";
import { withFreshDatabase } from "@/tests/support/database";
import { verifyBrugerkodeLogin } from "./brugerkode-login";
import { usernameBase } from "./brugerkode-credentials";
import { changeOwnPassword, createProfileWithBrugerkoder, issueOneTimePassword, setBrugerkodeFlag } from "./mutations";
import { serverPasswordProblem } from "./password-policy";
import { findCitizenIdByCpr, findCitizenIdByUsername, getCitizenAdminOverview, listCitizenAuditEntries } from "./queries";
import { newPasswordSchema } from "./schema";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
});

const { db } = withFreshDatabase({ seed: true });

/** Reads made by the portal itself, which reaches every citizen (lib/identity/scope.ts). */
const portal = { kind: "system" as const, id: null };

async function staffId(name: string) {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return { kind: "staff" as const, id: row.id };
}
const citizenId = async (cpr: string) => (await findCitizenIdByCpr({ cpr, viewer: portal }))!;
const login = (username: string, password: string, now = new Date()) => verifyBrugerkodeLogin({ username, password }, { address: null, now });

describe("jobcenter: brugerkoder on the citizen's behalf", () => {
  test("R1.1a a caseworker creates a profile with brugerkoder: username, one-time password, the flag, audit-logged", async () => {
    const jens = await staffId("Jens Jobcenter");
    const now = new Date("2026-11-26T10:00:00Z");
    const created = await createProfileWithBrugerkoder({ cpr: "0404954444", name: "Carl Ny", reason: "Har ikke MitID", actor: jens, now });
    expect(created.username).toBe("carl.ny");
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);

    const [codes] = await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, created.citizenId));
    expect(codes).toMatchObject({ flagged: true, mustChangePassword: true, flagChangedByKind: "staff", flagChangedById: jens.id });
    expect(codes.passwordHash).not.toContain(created.oneTimePassword);
    expect(codes.passwordExpiresAt).toEqual(new Date("2026-12-03T10:00:00Z"));
    const actions = (await listCitizenAuditEntries({ citizenId: created.citizenId, viewer: portal })).map((entry) => [
      entry.action,
      entry.staffName,
      entry.reason,
    ]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["profile.created", "Jens Jobcenter", "Har ikke MitID"],
        ["brugerkode.created", "Jens Jobcenter", "Har ikke MitID"],
        ["brugerkode_flag.set", "Jens Jobcenter", "Har ikke MitID"],
      ]),
    );

    // The one-time password logs in, and the session says a new password comes first.
    const result = await login("carl.ny", created.oneTimePassword, new Date("2026-11-27T10:00:00Z"));
    expect(result.ok).toBe(true);
    const { sessionId } = await createCitizenSession({ citizenId: created.citizenId, method: "brugerkode" });
    expect(await findActiveCitizenSession({ sessionId })).toMatchObject({ mustChangePassword: true });
    // After 7 days it does not.
    expect(await login("carl.ny", created.oneTimePassword, new Date("2026-12-03T10:00:01Z"))).toEqual({ ok: false });
  });

  test("R1.1a a citizen who already has a profile gets no second one", async () => {
    await expect(
      createProfileWithBrugerkoder({ cpr: "0101901111", name: "Anna Andersen", reason: "x", actor: await staffId("Jens Jobcenter") }),
    ).rejects.toMatchObject({ status: 409, messageKey: "errors.hasProfile" });
    expect(
      await db()
        .select()
        .from(brugerkoder)
        .where(eq(brugerkoder.citizenId, await citizenId("0101901111"))),
    ).toEqual([]);
  });

  test("R1.1a usernames are made from the name, in ASCII, and never twice", async () => {
    expect(usernameBase("Søren Åge Ærø")).toBe("soeren.aeroe");
    expect(usernameBase("Zoë O'Neil-Ørsted")).toBe("zoe.oersted");
    const jens = await staffId("Jens Jobcenter");
    const first = await createProfileWithBrugerkoder({ cpr: "1212801212", name: "Bent Brugerkode", reason: "x", actor: jens });
    expect(first.username).toBe("bent.brugerkode2");
  });

  test("R1.1a setting the flag for a citizen without brugerkoder offers a username and password", async () => {
    const anna = await citizenId("0101901111");
    const result = await setBrugerkodeFlag({
      citizenId: anna,
      flagged: true,
      reason: "Mistet MitID",
      actor: await staffId("Jens Jobcenter"),
      issuePassword: true,
    });
    expect(result).toMatchObject({ changed: true, username: "anna.andersen", oneTimePassword: expect.any(String) });
    expect((await login("anna.andersen", result.oneTimePassword!)).ok).toBe(true);
  });

  test("R1.1a clearing the flag ends the citizen's brugerkode sessions and is audit-logged with the reason", async () => {
    const bent = await citizenId("0202802222");
    const { sessionId } = await createCitizenSession({ citizenId: bent, method: "brugerkode" });
    const result = await setBrugerkodeFlag({ citizenId: bent, flagged: false, reason: "Har fået MitID", actor: await staffId("Jens Jobcenter") });
    expect(result.changed).toBe(true);
    expect(await findActiveCitizenSession({ sessionId })).toBeNull();
    expect((await listCitizenAuditEntries({ citizenId: bent, viewer: portal }))[0]).toMatchObject({
      action: "brugerkode_flag.removed",
      reason: "Har fået MitID",
      staffName: "Jens Jobcenter",
    });
    expect(await login("bent.brugerkode", DEMO_PASSWORD)).toEqual({ ok: false });
  });

  test("R1.1a the flag cannot be set for a citizen without a Jobnet profile", async () => {
    await expect(
      setBrugerkodeFlag({ citizenId: await citizenId("0404954444"), flagged: true, reason: "x", actor: await staffId("Jens Jobcenter") }),
    ).rejects.toMatchObject({ status: 409, messageKey: "errors.noProfile" });
  });
});

describe("support: a new password only for flagged citizens (R1.1b)", () => {
  test("R1.1b support issues a one-time password to a flagged citizen, audit-logged", async () => {
    const bent = await citizenId("0202802222");
    const sofie = await staffId("Sofie Support");
    const issued = await issueOneTimePassword({ citizenId: bent, actor: sofie });
    expect(issued.username).toBe("bent.brugerkode");
    expect(await login("bent.brugerkode", DEMO_PASSWORD)).toEqual({ ok: false });
    expect((await login("bent.brugerkode", issued.oneTimePassword)).ok).toBe(true);
    const [entry] = await listCitizenAuditEntries({ citizenId: bent, viewer: portal });
    expect(entry).toMatchObject({ action: "brugerkode.password_reset", staffName: "Sofie Support" });
  });

  test("R1.1b for an unflagged citizen it is refused ('Borgeren må kun logge ind med MitID') and nothing changes", async () => {
    const sofie = await staffId("Sofie Support");
    for (const cpr of ["0101901111", "0808668888"]) {
      const id = await citizenId(cpr);
      const before = await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, id));
      const auditBefore = await db().select().from(auditLog).where(eq(auditLog.subjectCitizenId, id));
      await expect(issueOneTimePassword({ citizenId: id, actor: sofie })).rejects.toMatchObject({ status: 409, messageKey: "errors.onlyMitid" });
      expect(await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, id))).toEqual(before);
      expect(await db().select().from(auditLog).where(eq(auditLog.subjectCitizenId, id))).toEqual(auditBefore);
    }
  });

  test("R1.1b support finds a citizen by CPR number or username; the overview shows the flag", async () => {
    const bent = await findCitizenIdByUsername({ username: " Bent.Brugerkode ", viewer: portal });
    expect(bent).toBe(await citizenId("0202802222"));
    expect(await getCitizenAdminOverview({ citizenId: bent!, viewer: portal })).toMatchObject({ brugerkode: { username: "bent.brugerkode", flagged: true } });
    expect(await findCitizenIdByUsername({ username: "ingen", viewer: portal })).toBeNull();
  });
});

describe("the citizen's own password (NIST SP 800-63B rev. 4)", () => {
  test("R1.1b at least 15 characters, 64 and more accepted, no composition rules", () => {
    const valid = (password: string) => newPasswordSchema.safeParse({ password, repeat: password }).success;
    expect(valid("a".repeat(14))).toBe(false);
    expect(valid("bare mange små ord")).toBe(true);
    expect(valid("x".repeat(64))).toBe(true);
    expect(valid("x".repeat(128))).toBe(true);
    expect(newPasswordSchema.safeParse({ password: "bare mange små ord", repeat: "bare mange små ordx" }).error?.issues[0]).toMatchObject({
      path: ["repeat"],
      message: "notTheSame",
    });
  });

  test("R1.1b a password containing the username or on the common-password list is refused", () => {
    expect(serverPasswordProblem("mit-bent.brugerkode-kodeord", "bent.brugerkode")).toBe("containsUsername");
    expect(serverPasswordProblem("1qaz2wsx3edc4rfv", "bent.brugerkode")).toBe("common");
    expect(serverPasswordProblem("123456789987654321", "bent.brugerkode")).toBe("common");
    expect(serverPasswordProblem("hesten drikker kaffe i regnvejr", "bent.brugerkode")).toBeNull();
  });

  test("R1.1b choosing a new password ends the one-time state", async () => {
    const bent = await citizenId("0202802222");
    const issued = await issueOneTimePassword({ citizenId: bent, actor: await staffId("Sofie Support") });
    await changeOwnPassword({ citizenId: bent, password: "hesten drikker kaffe i regnvejr" });
    const [codes] = await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, bent));
    expect(codes).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(await verifyPassword(codes.passwordHash!, "hesten drikker kaffe i regnvejr")).toBe(true);
    expect(await verifyPassword(codes.passwordHash!, issued.oneTimePassword)).toBe(false);
    const [citizen] = await db().select().from(citizens).where(eq(citizens.id, bent));
    expect(citizen.name).toBe("Bent Brugerkode");
  });
});
