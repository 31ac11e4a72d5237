import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { citizens, forberedelsesskemaer } from "@/db/schema";
import type { Citizen } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { purgeExpiredDrafts } from "./mutations";

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const daysAfter = (moment: Date, days: number) => new Date(moment.getTime() + days * DAY);

describe("the draft purge (R3.1)", () => {
  const { db } = withFreshDatabase();
  let nextCpr = 1;

  /** A citizen in `contactGroup` with a questionnaire started at `startedAt` (submitted at `submittedAt`, if given); its id. */
  async function draft({
    contactGroup = "dagpengemodtager",
    startedAt,
    submittedAt,
  }: {
    contactGroup?: Citizen["contactGroup"];
    startedAt: Date;
    submittedAt?: Date;
  }): Promise<string> {
    const [citizen] = await db()
      .insert(citizens)
      .values({ cpr: String(nextCpr++).padStart(10, "9"), name: "Test Borger", contactGroup })
      .returning({ id: citizens.id });
    const [row] = await db()
      .insert(forberedelsesskemaer)
      .values({
        citizenId: citizen.id,
        answers: { "forventet-job": "ved-ikke" },
        startedAt,
        updatedAt: startedAt,
        submittedAt: submittedAt ?? null,
        reference: submittedAt ? randomUUID().slice(0, 12) : null,
      })
      .returning({ id: forberedelsesskemaer.id });
    return row.id;
  }

  const remaining = async () => (await db().select({ id: forberedelsesskemaer.id }).from(forberedelsesskemaer)).map((row) => row.id).sort();

  // Started in winter time; 6 months later is summer time, so Danish and UTC arithmetic differ by an hour.
  const winterStart = at("2024-03-15T10:00:00+01:00");
  const sixMonthsLater = at("2024-09-15T10:00:00+02:00");

  test("R3.1 a draft started 6 months less a day ago is kept", async () => {
    const id = await draft({ startedAt: winterStart });
    expect(await purgeExpiredDrafts({ now: daysAfter(sixMonthsLater, -1) })).toEqual({ deleted: 0, batches: 0 });
    expect(await remaining()).toEqual([id]);
  });

  test("R3.1 a draft started 6 months and a day ago is deleted", async () => {
    await draft({ startedAt: winterStart });
    expect(await purgeExpiredDrafts({ now: daysAfter(sixMonthsLater, 1) })).toEqual({ deleted: 1, batches: 1 });
    expect(await remaining()).toEqual([]);
  });

  test("R3.1 6 months are counted in Danish time: the draft expires at the same wall-clock time, across the change to summer time", async () => {
    const id = await draft({ startedAt: winterStart });
    expect((await purgeExpiredDrafts({ now: new Date(sixMonthsLater.getTime() - 1000) })).deleted).toBe(0);
    expect(await remaining()).toEqual([id]);
    // Counted in UTC it would expire an hour later (11:00 Danish time).
    expect((await purgeExpiredDrafts({ now: sixMonthsLater })).deleted).toBe(1);
    expect(await remaining()).toEqual([]);
  });

  test("R3.1 a draft started 31 August expires at the end of February (the month has no 31st)", async () => {
    await draft({ startedAt: at("2023-08-31T12:00:00+02:00") });
    expect((await purgeExpiredDrafts({ now: at("2024-02-29T11:59:59+01:00") })).deleted).toBe(0);
    expect((await purgeExpiredDrafts({ now: at("2024-02-29T12:00:00+01:00") })).deleted).toBe(1);
  });

  test("R3.1 a ressourceforløb citizen's draft is kept until 10 years less a day, and deleted 10 years and a day after it was started", async () => {
    const started = at("2014-06-01T12:00:00+02:00");
    const tenYearsLater = at("2024-06-01T12:00:00+02:00");
    const ressource = await draft({ contactGroup: "ressourceforloeb", startedAt: started });
    await draft({ contactGroup: "dagpengemodtager", startedAt: started });

    expect(await purgeExpiredDrafts({ now: daysAfter(tenYearsLater, -1) })).toEqual({ deleted: 1, batches: 1 });
    expect(await remaining()).toEqual([ressource]);

    expect(await purgeExpiredDrafts({ now: daysAfter(tenYearsLater, 1) })).toEqual({ deleted: 1, batches: 1 });
    expect(await remaining()).toEqual([]);
  });

  test("R3.1 a submitted questionnaire is never purged, however old", async () => {
    const id = await draft({ contactGroup: "dagpengemodtager", startedAt: at("2010-01-04T09:00:00+01:00"), submittedAt: at("2010-01-05T09:00:00+01:00") });
    const ressource = await draft({
      contactGroup: "ressourceforloeb",
      startedAt: at("2010-01-04T09:00:00+01:00"),
      submittedAt: at("2010-01-05T09:00:00+01:00"),
    });
    expect(await purgeExpiredDrafts({ now: at("2025-01-01T00:00:00+01:00") })).toEqual({ deleted: 0, batches: 0 });
    expect(await remaining()).toEqual([id, ressource].sort());
  });

  test("R3.1 the purge is idempotent: a second run deletes nothing", async () => {
    const now = at("2025-01-01T00:00:00+01:00");
    await draft({ startedAt: at("2024-01-01T00:00:00+01:00") });
    await draft({ startedAt: at("2024-02-01T00:00:00+01:00") });
    const kept = await draft({ startedAt: at("2024-12-01T00:00:00+01:00") });
    expect((await purgeExpiredDrafts({ now })).deleted).toBe(2);
    expect(await purgeExpiredDrafts({ now })).toEqual({ deleted: 0, batches: 0 });
    expect(await remaining()).toEqual([kept]);
  });

  test("R3.1 a dry run deletes nothing and reports how many it would delete", async () => {
    const now = at("2025-01-01T00:00:00+01:00");
    await draft({ startedAt: at("2024-01-01T00:00:00+01:00") });
    await draft({ startedAt: at("2024-02-01T00:00:00+01:00") });
    await draft({ contactGroup: "ressourceforloeb", startedAt: at("2024-02-01T00:00:00+01:00") });
    const before = await remaining();
    expect(await purgeExpiredDrafts({ now, dryRun: true })).toEqual({ deleted: 0, wouldDelete: 2, batches: 1 });
    expect(await remaining()).toEqual(before);
    expect((await purgeExpiredDrafts({ now })).deleted).toBe(2);
  });

  test("R3.1 in small batches every expired draft is deleted, past the kept ones among them, and the kept ones stay", async () => {
    const now = at("2025-01-01T00:00:00+01:00");
    const kept: string[] = [];
    // Expired and kept drafts interleaved by start, some starting at the same moment (ties are broken by id).
    for (let i = 0; i < 7; i++) {
      const startedAt = at(`2024-0${1 + Math.floor(i / 2)}-01T08:00:00+01:00`);
      await draft({ startedAt });
      kept.push(await draft({ contactGroup: "ressourceforloeb", startedAt }));
    }
    kept.push(await draft({ startedAt: at("2024-12-24T08:00:00+01:00") }));
    expect(await purgeExpiredDrafts({ now, dryRun: true, batchSize: 2 })).toEqual({ deleted: 0, wouldDelete: 7, batches: 4 });
    expect(await purgeExpiredDrafts({ now, batchSize: 2 })).toEqual({ deleted: 7, batches: 4 });
    expect(await remaining()).toEqual(kept.sort());
  });

  test("R3.1 the purge logs its counts and nothing about whose drafts they were", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await draft({ startedAt: at("2024-01-01T00:00:00+01:00") });
      await purgeExpiredDrafts({ now: at("2025-01-01T00:00:00+01:00") });
      const lines = info.mock.calls.map((call) => String(call[0])).filter((line) => line.includes("forberedelsesskema_purge"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/deleted=1 batches=1/);
      expect(lines[0]).not.toMatch(/Test Borger|9999999|forventet-job/);
    } finally {
      info.mockRestore();
    }
  });

  test("R3.1 a batch size below 1 is refused", async () => {
    await expect(purgeExpiredDrafts({ batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe("the draft purge on the demo data (R3.1)", () => {
  const { db } = withFreshDatabase({ seed: true });

  const draftOf = async (name: string) =>
    (
      await db()
        .select({ id: forberedelsesskemaer.id })
        .from(forberedelsesskemaer)
        .innerJoin(citizens, eq(citizens.id, forberedelsesskemaer.citizenId))
        .where(eq(citizens.name, name))
    )[0];

  test("R3.1 Frida Ressource's draft (7 months, ressourceforløb) survives and Ida Iversen's (7 months, dagpengemodtager) is deleted", async () => {
    expect(await draftOf("Frida Ressource")).toBeDefined();
    expect(await draftOf("Ida Iversen")).toBeDefined();
    expect(await purgeExpiredDrafts({ now: new Date() })).toEqual({ deleted: 1, batches: 1 });
    expect(await draftOf("Frida Ressource")).toBeDefined();
    expect(await draftOf("Ida Iversen")).toBeUndefined();
  });
});
