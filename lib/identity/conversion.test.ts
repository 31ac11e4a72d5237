import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditLog, brugerkoder } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { convertBrugerkodeFlags } from "./mutations";

const { db } = withFreshDatabase({ seed: true });

const flags = async () =>
  Object.fromEntries(
    (await db().select({ username: brugerkoder.username, flagged: brugerkoder.flagged }).from(brugerkoder)).map((row) => [row.username, row.flagged]),
  );

describe("the release conversion (R1.1c)", () => {
  test("R1.1c a dry run counts and changes nothing", async () => {
    const before = await flags();
    expect(await convertBrugerkodeFlags({ dryRun: true })).toEqual({ flagSet: 1, flagRemoved: 1, unchanged: 3, withoutProfile: 0 });
    expect(await flags()).toEqual(before);
  });

  test("R1.1c flags brugerkode users who never used MitID/NemID, unflags those who did, audit-logs each, and a second run changes nothing", async () => {
    const now = new Date("2022-03-12T06:00:00+01:00");
    expect(await convertBrugerkodeFlags({ dryRun: false, now })).toEqual({ flagSet: 1, flagRemoved: 1, unchanged: 3, withoutProfile: 0 });
    expect(await flags()).toEqual({
      "bent.brugerkode": true,
      "birthe.brugerkode": true,
      "gitte.gammelkode": false,
      "henrik.hansen": true,
      "ida.iversen": false,
    });
    const conversionEntries = await db().select().from(auditLog).where(eq(auditLog.actorKind, "conversion"));
    expect(conversionEntries.map((entry) => entry.action).sort()).toEqual(["brugerkode_flag.removed", "brugerkode_flag.set"]);

    expect(await convertBrugerkodeFlags({ dryRun: false })).toEqual({ flagSet: 0, flagRemoved: 0, unchanged: 5, withoutProfile: 0 });
    expect(await db().select().from(auditLog).where(eq(auditLog.actorKind, "conversion"))).toHaveLength(2);
  });
});
