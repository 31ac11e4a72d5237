import { asc, count, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { withFreshDatabase } from "@/tests/support/database";
import { demoCitizens, demoStaff } from "./demo-data";
import { auditLog, brugerkoder, citizens, jobnetProfiles, staff, staffRoles } from "@/db/schema";
import { seedDemoData } from "./seed";

const { db } = withFreshDatabase();

describe("the demo data", () => {
  test("seeds an empty database with SPEC's citizens and staff", async () => {
    expect(await seedDemoData(db())).toBe("seeded");
    const names = await db().select({ name: citizens.name }).from(citizens).orderBy(asc(citizens.cpr));
    expect(names.map((row) => row.name)).toEqual(demoCitizens.map((person) => person.name));
    expect((await db().select({ n: count() }).from(staff))[0].n).toBe(demoStaff.length);

    const codes = await db().select({ username: brugerkoder.username, flagged: brugerkoder.flagged }).from(brugerkoder).orderBy(asc(brugerkoder.username));
    expect(codes).toEqual([
      { username: "bent.brugerkode", flagged: true },
      { username: "birthe.brugerkode", flagged: true },
      { username: "gitte.gammelkode", flagged: false },
      { username: "henrik.hansen", flagged: false },
      { username: "ida.iversen", flagged: true },
    ]);

    const [carl] = await db()
      .select({ profileId: jobnetProfiles.id })
      .from(citizens)
      .leftJoin(jobnetProfiles, eq(jobnetProfiles.citizenId, citizens.id))
      .where(eq(citizens.cpr, "0404954444"));
    expect(carl.profileId).toBeNull();

    const jens = await db()
      .select({ role: staffRoles.role, jobcenter: staff.jobcenter })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(eq(staff.name, "Jens Jobcenter"));
    expect(jens).toEqual([{ role: "caseworker", jobcenter: "Jobcenter København" }]);
  });

  test("leaves a database that already holds data alone", async () => {
    await db().insert(citizens).values({ cpr: "1111111111", name: "Rigtig Borger" });
    expect(await seedDemoData(db())).toBe("skipped");
    expect((await db().select({ n: count() }).from(citizens))[0].n).toBe(1);
  });

  test("running it twice changes nothing the second time", async () => {
    await seedDemoData(db());
    expect(await seedDemoData(db())).toBe("skipped");
    expect((await db().select({ n: count() }).from(citizens))[0].n).toBe(demoCitizens.length);
  });

  test("X5 the audit log cannot be changed or emptied, only added to", async () => {
    await seedDemoData(db());
    await expect(db().update(auditLog).set({ reason: "rewritten" })).rejects.toThrow();
    await expect(db().delete(auditLog)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await db().select({ n: count() }).from(auditLog))[0].n).toBeGreaterThan(0);
  });
});
