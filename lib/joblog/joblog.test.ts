import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, citizens, jobAds, joblogEntries, joblogEntryVersions, staff } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { specialCharacterAd } from "@/lib/demo/job-ads";
import { ConflictError } from "@/lib/errors";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { withFreshDatabase } from "@/tests/support/database";
import { groupByWeek, weekOf } from "./days";
import { createJoblogEntry, createJoblogEntryFromJobAd, deleteJoblogEntry, editJoblogEntry, restoreJoblogEntry } from "./mutations";
import { JOBLOG_UNDO_WINDOW_MS } from "./options";
import { JoblogEntryNotFoundError } from "./ownership";
import {
  countJoblogEntriesInWeek,
  findJoblogEntryForJobAd,
  getJoblogEntry,
  getRecentlyDeletedJoblogEntry,
  listJoblogEntries,
  readJoblogForCaseworker,
} from "./queries";
import { joblogEntrySchema, type JoblogEntryInput } from "./schema";

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffId(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}
const versionsOf = (entryId: string) =>
  db().select().from(joblogEntryVersions).where(eq(joblogEntryVersions.entryId, entryId)).orderBy(asc(joblogEntryVersions.version));

/** An entry as the form's schema passes it on. */
function entry(changes: Partial<Record<keyof JoblogEntryInput, string>> = {}): JoblogEntryInput {
  return joblogEntrySchema.parse({
    title: "Tømrer",
    employer: "Byg & Søn ApS",
    street: "Vestergade 1",
    postcode: "8000",
    city: "Aarhus C",
    appliedOn: danishDay(new Date()),
    status: "sendt",
    kind: "ansoegning",
    note: "",
    ...changes,
  });
}

describe("the citizen's own joblog", () => {
  test("R3.2 a citizen adds, changes, deletes and undoes an entry; each change is a version with the entry as it then was", async () => {
    const bent = await citizenId("Bent Brugerkode");
    expect(await listJoblogEntries({ citizenId: bent })).toEqual([]);

    const t0 = new Date("2026-03-16T09:00:00Z");
    const { id } = await createJoblogEntry({ citizenId: bent, entry: entry({ title: "<b>Tømrer</b>", note: "Ring <tirsdag>" }), now: t0 });
    const created = await getJoblogEntry({ citizenId: bent, entryId: id });
    expect(created).toMatchObject({ title: "bTømrer/b", note: "Ring tirsdag", postcode: "8000", version: 1, jobAdId: null });
    expect(created?.history).toEqual([{ version: 1, change: "created", changedAt: t0 }]);

    const t1 = new Date("2026-03-17T09:00:00Z");
    expect(await editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 1, entry: entry({ status: "samtale", postcode: "" }), now: t1 })).toEqual({
      changed: true,
    });
    expect(await getJoblogEntry({ citizenId: bent, entryId: id })).toMatchObject({ title: "Tømrer", status: "samtale", postcode: null, version: 2 });

    const t2 = new Date("2026-03-18T09:00:00Z");
    await deleteJoblogEntry({ citizenId: bent, entryId: id, now: t2 });
    expect(await listJoblogEntries({ citizenId: bent })).toEqual([]);
    expect(await getJoblogEntry({ citizenId: bent, entryId: id })).toBeNull();
    expect(await getRecentlyDeletedJoblogEntry({ citizenId: bent, entryId: id, now: t2 })).toEqual({ id, title: "Tømrer", employer: "Byg & Søn ApS" });

    const t3 = new Date(t2.getTime() + 60_000);
    await restoreJoblogEntry({ citizenId: bent, entryId: id, now: t3 });
    const restored = await listJoblogEntries({ citizenId: bent });
    expect(restored).toHaveLength(1);
    expect(restored[0]).toMatchObject({ id, title: "Tømrer", status: "samtale", version: 4 });
    expect(await getRecentlyDeletedJoblogEntry({ citizenId: bent, entryId: id, now: t3 })).toBeNull();

    const versions = await versionsOf(id);
    expect(versions.map(({ version, change, changedAt }) => ({ version, change, changedAt }))).toEqual([
      { version: 1, change: "created", changedAt: t0 },
      { version: 2, change: "edited", changedAt: t1 },
      { version: 3, change: "deleted", changedAt: t2 },
      { version: 4, change: "restored", changedAt: t3 },
    ]);
    expect(versions[0].snapshot).toEqual({
      title: "bTømrer/b",
      employer: "Byg & Søn ApS",
      street: "Vestergade 1",
      postcode: "8000",
      city: "Aarhus C",
      appliedOn: danishDay(new Date()),
      status: "sendt",
      kind: "ansoegning",
      note: "Ring tirsdag",
      jobAdId: null,
    });
    expect(versions[1].snapshot).toMatchObject({ title: "Tømrer", status: "samtale", postcode: null, note: "" });
    expect(versions[3].snapshot).toEqual(versions[1].snapshot);
  });

  test("R3.2 saving an entry unchanged makes no new version; a change made meanwhile in another window is not overwritten", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const { id } = await createJoblogEntry({ citizenId: bent, entry: entry() });
    expect(await editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 1, entry: entry() })).toEqual({ changed: false });
    // `<` and `>` alone are no change: they are removed before comparing.
    expect(await editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 1, entry: entry({ title: "Tøm<>rer" }) })).toEqual({ changed: false });
    expect(await versionsOf(id)).toHaveLength(1);

    await editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 1, entry: entry({ note: "Fra det første vindue" }) });
    const stale = editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 1, entry: entry({ note: "Fra det andet vindue" }) });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ status: 409, messageKey: "joblog.errors.changedElsewhere" });
    expect(await getJoblogEntry({ citizenId: bent, entryId: id })).toMatchObject({ note: "Fra det første vindue", version: 2 });
    expect(await versionsOf(id)).toHaveLength(2);
  });

  test("R3.2 deleting can be undone for an hour; undoing twice changes nothing; a deleted entry cannot be changed or deleted again", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const deletedAt = new Date("2026-03-18T09:00:00Z");
    const { id } = await createJoblogEntry({ citizenId: bent, entry: entry() });
    await deleteJoblogEntry({ citizenId: bent, entryId: id, now: deletedAt });

    await expect(editJoblogEntry({ citizenId: bent, entryId: id, expectedVersion: 2, entry: entry() })).rejects.toBeInstanceOf(JoblogEntryNotFoundError);
    await expect(deleteJoblogEntry({ citizenId: bent, entryId: id })).rejects.toMatchObject({ status: 404, messageKey: "joblog.errors.notFound" });

    const tooLate = new Date(deletedAt.getTime() + JOBLOG_UNDO_WINDOW_MS + 1000);
    expect(await getRecentlyDeletedJoblogEntry({ citizenId: bent, entryId: id, now: tooLate })).toBeNull();
    await expect(restoreJoblogEntry({ citizenId: bent, entryId: id, now: tooLate })).rejects.toMatchObject({
      status: 409,
      messageKey: "joblog.errors.undoTooLate",
    });
    expect(await versionsOf(id)).toHaveLength(2);

    const inTime = new Date(deletedAt.getTime() + JOBLOG_UNDO_WINDOW_MS - 1000);
    await restoreJoblogEntry({ citizenId: bent, entryId: id, now: inTime });
    await restoreJoblogEntry({ citizenId: bent, entryId: id, now: inTime });
    expect((await versionsOf(id)).map((version) => version.change)).toEqual(["created", "deleted", "restored"]);
    expect(await listJoblogEntries({ citizenId: bent })).toHaveLength(1);
  });

  test("R3.2 X5 another citizen's entry behaves as not found, whatever is tried, nothing changes, and each attempt is logged without what the entry says", async () => {
    const anna = await citizenId("Anna Andersen");
    const bent = await citizenId("Bent Brugerkode");
    const [annas] = await listJoblogEntries({ citizenId: anna });
    const annasVersions = await versionsOf(annas.id);

    expect(await getJoblogEntry({ citizenId: bent, entryId: annas.id })).toBeNull();
    expect(await getRecentlyDeletedJoblogEntry({ citizenId: bent, entryId: annas.id })).toBeNull();
    await expect(editJoblogEntry({ citizenId: bent, entryId: annas.id, expectedVersion: annas.version, entry: entry() })).rejects.toBeInstanceOf(
      JoblogEntryNotFoundError,
    );
    await expect(deleteJoblogEntry({ citizenId: bent, entryId: annas.id })).rejects.toBeInstanceOf(JoblogEntryNotFoundError);
    await expect(restoreJoblogEntry({ citizenId: bent, entryId: annas.id })).rejects.toBeInstanceOf(JoblogEntryNotFoundError);
    // Even once Anna has deleted it, Bent cannot bring it back.
    await deleteJoblogEntry({ citizenId: anna, entryId: annas.id });
    expect(await getRecentlyDeletedJoblogEntry({ citizenId: bent, entryId: annas.id })).toBeNull();
    await expect(restoreJoblogEntry({ citizenId: bent, entryId: annas.id })).rejects.toBeInstanceOf(JoblogEntryNotFoundError);
    await restoreJoblogEntry({ citizenId: anna, entryId: annas.id });

    expect(await listJoblogEntries({ citizenId: bent })).toEqual([]);
    expect(await getJoblogEntry({ citizenId: anna, entryId: annas.id })).toMatchObject({ title: annas.title, note: annas.note });
    expect((await versionsOf(annas.id)).length).toBe(annasVersions.length + 2);

    const denials = warnings.filter((line) => line.includes("citizen_access_denied"));
    expect(denials).toHaveLength(7);
    for (const line of denials) {
      expect(line).toContain(`actorId="${bent}"`);
      expect(line).toContain(`citizenId="${anna}"`);
      expect(line).toContain(`entryId="${annas.id}"`);
      expect(line).toMatch(/action="\w+"/);
      expect(line).not.toContain("0101901111");
      expect(line).not.toContain(annas.title);
    }
  });

  test("R3.2 X4 an id that names no entry is not found, and nothing is logged as refused", async () => {
    const bent = await citizenId("Bent Brugerkode");
    for (const entryId of ["00000000-0000-4000-8000-000000000000", "not-an-id", "", "1; drop table joblog_entries"]) {
      expect(await getJoblogEntry({ citizenId: bent, entryId })).toBeNull();
      await expect(deleteJoblogEntry({ citizenId: bent, entryId })).rejects.toBeInstanceOf(JoblogEntryNotFoundError);
    }
    expect(warnings.filter((line) => line.includes("citizen_access_denied"))).toEqual([]);
  });

  test("R3.2 the joblog lists newest first, week by week with a count per week, and the overview counts this week's entries", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const monday = weekOf(danishDay(new Date())).monday;
    const plus = (days: number) => new Date(Date.parse(`${monday}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // This week's Monday, Wednesday and Sunday; next Monday; last Sunday and Monday — written in no particular order.
    const days = [plus(0), plus(2), plus(6), plus(-1), plus(-7), plus(7)];
    for (const [index, appliedOn] of days.entries()) await createJoblogEntry({ citizenId: bent, entry: entry({ appliedOn, title: `Job ${index}` }) });
    const { id: gone } = await createJoblogEntry({ citizenId: bent, entry: entry({ appliedOn: plus(3), title: "Slettet" }) });
    await deleteJoblogEntry({ citizenId: bent, entryId: gone });

    const entries = await listJoblogEntries({ citizenId: bent });
    expect(entries.map((item) => item.appliedOn)).toEqual([plus(7), plus(6), plus(2), plus(0), plus(-1), plus(-7)]);
    expect(groupByWeek(entries).map((week) => [week.week, week.monday, week.sunday, week.entries.length])).toEqual([
      [weekOf(plus(7)).week, plus(7), plus(13), 1],
      [weekOf(plus(0)).week, plus(0), plus(6), 3],
      [weekOf(plus(-7)).week, plus(-7), plus(-1), 2],
    ]);
    // A deleted entry does not count.
    expect(await countJoblogEntriesInWeek({ citizenId: bent, day: plus(3) })).toEqual({ week: weekOf(plus(3)), count: 3 });
    expect((await countJoblogEntriesInWeek({ citizenId: bent, day: plus(-14) })).count).toBe(0);
    // Only the citizen's own: Anna's entries are not Bent's.
    const anna = await citizenId("Anna Andersen");
    const annasDay = (await listJoblogEntries({ citizenId: anna }))[0].appliedOn;
    expect((await countJoblogEntriesInWeek({ citizenId: anna, day: annasDay })).count).toBeGreaterThan(0);
    expect((await countJoblogEntriesInWeek({ citizenId: bent, day: annasDay })).count).toBe(
      entries.filter((item) => weekOf(item.appliedOn).monday === weekOf(annasDay).monday).length,
    );
  });
});

describe("Gem i joblog on a job ad", () => {
  const specialAdId = async () => (await db().select({ id: jobAds.id }).from(jobAds).where(eq(jobAds.title, specialCharacterAd.title)))[0].id;

  test("R3.2 an entry made from the special-character ad keeps its title, employer, street, postcode and city intact, planned, an application, dated today", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const jobAdId = await specialAdId();
    const now = new Date("2026-12-01T23:30:00Z"); // already 2 December in Denmark
    const { id, created } = await createJoblogEntryFromJobAd({ citizenId: bent, jobAdId, now });
    expect(created).toBe(true);
    const saved = await getJoblogEntry({ citizenId: bent, entryId: id });
    expect(saved).toMatchObject({
      title: 'Pædagog – "Børnehuset Ærø & Søn" (R&D) · 37 t/uge',
      employer: "Børnehuset Ærø & Søn ApS",
      street: "Østre Allé 5, 2. th.",
      postcode: "8000",
      city: "Aarhus C",
      appliedOn: "2026-12-02",
      status: "planlagt",
      kind: "ansoegning",
      note: "",
      jobAdId,
    });
    expect(saved).toMatchObject(specialCharacterAd);
    expect((await versionsOf(id))[0]).toMatchObject({ change: "created", snapshot: { ...specialCharacterAd, jobAdId: String(jobAdId) } });
    expect(await findJoblogEntryForJobAd({ citizenId: bent, jobAdId })).toEqual({ id });

    // Saved again, it is the same entry; once deleted, the ad can be saved anew.
    expect(await createJoblogEntryFromJobAd({ citizenId: bent, jobAdId, now })).toEqual({ id, created: false });
    await deleteJoblogEntry({ citizenId: bent, entryId: id });
    expect(await findJoblogEntryForJobAd({ citizenId: bent, jobAdId })).toBeNull();
    expect((await createJoblogEntryFromJobAd({ citizenId: bent, jobAdId, now })).created).toBe(true);
    expect(await listJoblogEntries({ citizenId: bent })).toHaveLength(1);
  });

  test("R3.2 an ad's `<` and `>` are removed like a citizen's, and nothing else", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const [template] = await db()
      .select()
      .from(jobAds)
      .where(eq(jobAds.id, await specialAdId()));
    const { id: _id, searchVector: _vector, ...ad } = template;
    void _id;
    void _vector;
    const [inserted] = await db()
      .insert(jobAds)
      .values({ ...ad, title: "<Kok> & tjener «R&D» ‏", employer: "<i>Café</i> Ø", street: "Gade 1 <st.>", city: "Aarhus <C>" })
      .returning({ id: jobAds.id });
    const { id } = await createJoblogEntryFromJobAd({ citizenId: bent, jobAdId: inserted.id });
    expect(await getJoblogEntry({ citizenId: bent, entryId: id })).toMatchObject({
      title: "Kok & tjener «R&D» ‏",
      employer: "iCafé/i Ø",
      street: "Gade 1 st.",
      city: "Aarhus C",
    });
  });

  test("R3.2 X4 an ad that does not exist or has closed is refused, and nothing is written", async () => {
    const bent = await citizenId("Bent Brugerkode");
    const [closed] = await db()
      .update(jobAds)
      .set({ deadline: "2020-01-01" })
      .where(eq(jobAds.id, await specialAdId()))
      .returning({ id: jobAds.id });
    for (const jobAdId of [closed.id, 2_000_000_000, 0, -1, 1.5, Number.NaN]) {
      await expect(createJoblogEntryFromJobAd({ citizenId: bent, jobAdId })).rejects.toMatchObject({ status: 404, messageKey: "joblog.errors.adNotFound" });
    }
    expect(await db().select().from(joblogEntries).where(eq(joblogEntries.citizenId, bent))).toEqual([]);
  });
});

describe("the demo data and the caseworker", () => {
  test("R3.2 Anna Andersen has two entries, one made from the special-character ad with its texts intact", async () => {
    const entries = await listJoblogEntries({ citizenId: await citizenId("Anna Andersen") });
    expect(entries).toHaveLength(2);
    const fromAd = entries.find((item) => item.jobAdId !== null);
    expect(fromAd).toMatchObject(specialCharacterAd);
    // Her note was written with "<3", which the rule turned into "3".
    expect(fromAd?.note).toBe("Kontakt via tidligere kollega 3 – samtale aftalt.");
  });

  test("R3.2 X5 the citizen's caseworker reads the joblog, and every read is in the audit log", async () => {
    const anna = await citizenId("Anna Andersen");
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    const entries = await readJoblogForCaseworker({ citizenId: anna, viewer: jens });
    expect(entries).toEqual(await listJoblogEntries({ citizenId: anna }));
    await readJoblogForCaseworker({ citizenId: anna, viewer: jens });
    const reads = await db().select().from(auditLog).where(eq(auditLog.action, "joblog.read"));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actorKind: "staff", actorId: jens.id, subjectCitizenId: anna });
  });

  test("R3.2 X5 a caseworker of another jobcenter cannot read it, and nothing is logged as read", async () => {
    const henrik = await citizenId("Henrik Hansen");
    await createJoblogEntry({ citizenId: henrik, entry: entry() });
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    await expect(readJoblogForCaseworker({ citizenId: henrik, viewer: jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "joblog.read"))).toEqual([]);
  });
});
