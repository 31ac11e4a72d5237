import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { brugerkoder, citizens, staff } from "@/db/schema";
import type { CitizenSession } from "@/lib/auth/session";
import { withFreshDatabase } from "@/tests/support/database";
import { chooseNewPassword } from "./actions";
import { verifyBrugerkodeLogin } from "./brugerkode-login";
import { changeOwnPassword, issueOneTimePassword, PasswordChangeRefusedError } from "./mutations";

// The session each action call sees.
let session: CitizenSession | null = null;
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => session }));

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
});
beforeEach(() => {
  session = null;
  // Refusals are logged by design.
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

const { db } = withFreshDatabase({ seed: true });

const idOf = async (name: string) => (await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name)))[0].id;
const sofie = async () => ({ kind: "staff" as const, id: (await db().select({ id: staff.id }).from(staff).where(eq(staff.name, "Sofie Support")))[0].id });
const login = (username: string, password: string) => verifyBrugerkodeLogin({ username, password }, { address: null });
const NEW = "hesten drikker kaffe i regnvejr";

describe("a citizen's own password", () => {
  test("X5 without the current password only a citizen who must replace a one-time password may choose one", async () => {
    // Bent has his own password; Anna and Gitte have no brugerkoder that work.
    for (const name of ["Bent Brugerkode", "Anna Andersen", "Gitte Gammelkode"]) {
      await expect(changeOwnPassword({ citizenId: await idOf(name), password: NEW }), name).rejects.toMatchObject({
        status: 403,
        messageKey: "errors.noPasswordToReplace",
      });
    }
    expect((await login("bent.brugerkode", DEMO_PASSWORD)).ok).toBe(true);

    const bent = await idOf("Bent Brugerkode");
    await issueOneTimePassword({ citizenId: bent, actor: await sofie() });
    await changeOwnPassword({ citizenId: bent, password: NEW });
    expect((await login("bent.brugerkode", NEW)).ok).toBe(true);
  });

  test("X5 changing one's own password asks for the current one; a wrong one changes nothing and counts as a failed login", async () => {
    const bent = await idOf("Bent Brugerkode");
    const error = await changeOwnPassword({ citizenId: bent, password: NEW, currentPassword: "ikke-den-rigtige" }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PasswordChangeRefusedError);
    expect(error).toMatchObject({ status: 403, messageKey: "errors.currentPasswordWrong" });
    const [codes] = await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, bent));
    expect(codes.failedAttempts).toBe(1);
    expect((await login("bent.brugerkode", NEW)).ok).toBe(false);

    await changeOwnPassword({ citizenId: bent, password: NEW, currentPassword: DEMO_PASSWORD });
    expect((await login("bent.brugerkode", NEW)).ok).toBe(true);
    expect((await login("bent.brugerkode", DEMO_PASSWORD)).ok).toBe(false);
  });

  test("X5 the one-time-password action refuses plainly anyone who has no one-time password to replace", async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ password: NEW, repeat: NEW, locale: "da" })) form.set(key, value);
    for (const citizenId of [await idOf("Bent Brugerkode"), await idOf("Anna Andersen")]) {
      session = { sessionId: "s", citizenId, name: "x", method: "brugerkode", mustChangePassword: false } as CitizenSession;
      const result = await chooseNewPassword(null, form);
      expect(result).toMatchObject({ status: "error", fieldErrors: { _form: ["errors.noPasswordToReplace"] } });
    }
    expect((await login("bent.brugerkode", DEMO_PASSWORD)).ok).toBe(true);
    session = null;
    expect(await chooseNewPassword(null, form)).toMatchObject({ status: "error", fieldErrors: { _form: ["errors.sessionEnded"] } });
  });
});
