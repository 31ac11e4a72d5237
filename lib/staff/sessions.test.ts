import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { staff, staffRoles } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { createStaffSession, endStaffSession } from "./mutations";
import { findActiveStaffSession, findStaffForLogin } from "./queries";

const { db } = withFreshDatabase({ seed: true });

async function staffMember(name: string) {
  const [row] = await db().select().from(staff).where(eq(staff.name, name));
  return row;
}

describe("staff sessions", () => {
  test("X5 a staff member is found by their MitID Erhverv identity; roles come from the staff table", async () => {
    const jens = await staffMember("Jens Jobcenter");
    expect(await findStaffForLogin({ mitidUuid: jens.mitidUuid })).toEqual({ staffId: jens.id });
    const { sessionId } = await createStaffSession({ staffId: jens.id });
    expect(await findActiveStaffSession({ sessionId })).toMatchObject({ name: "Jens Jobcenter", jobcenter: "Jobcenter København", roles: ["caseworker"] });

    await db().insert(staffRoles).values({ staffId: jens.id, role: "support" });
    expect((await findActiveStaffSession({ sessionId }))?.roles.sort()).toEqual(["caseworker", "support"]);
  });

  test("X5 a staff session ends at logout, after 8 hours, and when the staff member is deactivated", async () => {
    const sofie = await staffMember("Sofie Support");
    const start = new Date("2026-11-26T08:00:00Z");
    const { sessionId } = await createStaffSession({ staffId: sofie.id, now: start });
    expect(await findActiveStaffSession({ sessionId, now: new Date("2026-11-26T15:59:59Z") })).not.toBeNull();
    expect(await findActiveStaffSession({ sessionId, now: new Date("2026-11-26T16:00:00Z") })).toBeNull();

    const second = await createStaffSession({ staffId: sofie.id });
    await db().update(staff).set({ active: false }).where(eq(staff.id, sofie.id));
    expect(await findActiveStaffSession({ sessionId: second.sessionId })).toBeNull();
    expect(await findStaffForLogin({ mitidUuid: sofie.mitidUuid })).toBeNull();

    await db().update(staff).set({ active: true }).where(eq(staff.id, sofie.id));
    await endStaffSession({ sessionId: second.sessionId, reason: "logout" });
    expect(await findActiveStaffSession({ sessionId: second.sessionId })).toBeNull();
  });
});
