import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { contentVersions, faqEntries, staff, yellowNotes } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { fromDanishLocalTime, toDanishLocalTime } from "./danish-time";
import { changeContentStatus, ContentConflictError, restoreContentVersion, saveFaqEntry, saveYellowNote } from "./mutations";
import { listActiveYellowNotes, listFaq, listVersions, searchFaq } from "./queries";
import { faqEntrySchema, yellowNoteSchema } from "./schema";

const { db } = withFreshDatabase({ seed: true });

async function staffIdOf(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}

const note = (overrides: Record<string, string> = {}) =>
  yellowNoteSchema.parse({
    expectedVersion: "0",
    titleDa: "Driftsforstyrrelse",
    titleEn: "Service disruption",
    bodyDa: "Jobnet er **langsomt** i aften.",
    bodyEn: "Jobnet is **slow** tonight.",
    audience: "logged_out",
    placement: "front_page",
    ...overrides,
  });

const frontPage = async (now = new Date(), loggedIn = false, locale = "da") =>
  (await listActiveYellowNotes({ placement: "front_page", loggedIn, locale, now })).map((shown) => shown.title);

describe("yellow notes: an editor's draft, publication and withdrawal", () => {
  test("R2.1 a new note is a draft that citizens do not see; published it shows at once; withdrawn it is gone", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const created = await saveYellowNote({ input: note(), staffId: rikke });
    expect(created.version).toBe(1);
    expect(await frontPage()).not.toContain("Driftsforstyrrelse");

    const published = await changeContentStatus({ kind: "yellow_note", id: created.id, expectedVersion: 1, status: "published", staffId: rikke });
    expect(await frontPage()).toContain("Driftsforstyrrelse");
    expect(await frontPage(new Date(), true)).not.toContain("Driftsforstyrrelse");
    const [english] = (await listActiveYellowNotes({ placement: "front_page", loggedIn: false, locale: "en", now: new Date() })).filter(
      (shown) => shown.title === "Service disruption",
    );
    expect(english.html).toBe("<p>Jobnet is <strong>slow</strong> tonight.</p>\n");

    await changeContentStatus({ kind: "yellow_note", id: created.id, expectedVersion: published.version, status: "withdrawn", staffId: rikke });
    expect(await frontPage()).not.toContain("Driftsforstyrrelse");

    const history = await listVersions({ kind: "yellow_note", contentId: created.id });
    expect(history.map((version) => [version.version, version.change, version.savedByName])).toEqual([
      [3, "withdrawn", "Rikke Redaktør"],
      [2, "published", "Rikke Redaktør"],
      [1, "created", "Rikke Redaktør"],
    ]);
  });

  test("R2.1 the publish window is Danish time, summer and winter", async () => {
    expect(fromDanishLocalTime("2026-12-01T08:00")?.toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(fromDanishLocalTime("2027-07-01T08:00")?.toISOString()).toBe("2027-07-01T06:00:00.000Z");
    expect(fromDanishLocalTime("")).toBeNull();
    expect(toDanishLocalTime(new Date("2027-07-01T06:00:00Z"))).toBe("2027-07-01T08:00");

    const rikke = await staffIdOf("Rikke Redaktør");
    const created = await saveYellowNote({ input: note({ publishFrom: "2026-12-01T08:00", publishTo: "2026-12-01T16:00" }), staffId: rikke });
    await changeContentStatus({ kind: "yellow_note", id: created.id, expectedVersion: 1, status: "published", staffId: rikke });
    expect(await frontPage(new Date("2026-12-01T06:59:59Z"))).not.toContain("Driftsforstyrrelse");
    expect(await frontPage(new Date("2026-12-01T07:00:00Z"))).toContain("Driftsforstyrrelse");
    expect(await frontPage(new Date("2026-12-01T15:00:00Z"))).not.toContain("Driftsforstyrrelse");
  });

  test("R2.1 a Danish time that does not exist is refused, and the doubled autumn hour reads as summer time on any server", () => {
    const serverZone = process.env.TZ;
    try {
      for (const zone of ["UTC", "America/New_York", "Europe/Copenhagen", "Pacific/Auckland"]) {
        process.env.TZ = zone;
        // Clocks go back at 03:00 on 25 October 2026: 02:30 happens first at +02:00, then at +01:00.
        expect(fromDanishLocalTime("2026-10-25T02:30")?.toISOString(), zone).toBe("2026-10-25T00:30:00.000Z");
        expect(fromDanishLocalTime("2026-10-25T03:30")?.toISOString(), zone).toBe("2026-10-25T02:30:00.000Z");
        // Clocks go forward at 02:00 on 28 March 2027: 02:30 never happens.
        expect(fromDanishLocalTime("2027-03-28T02:30"), zone).toBeNull();
        expect(fromDanishLocalTime("2027-03-28T03:00")?.toISOString(), zone).toBe("2027-03-28T01:00:00.000Z");
        expect(fromDanishLocalTime("2026-02-30T08:00"), zone).toBeNull();
        expect(fromDanishLocalTime("2026-12-01T24:00"), zone).toBeNull();
      }
    } finally {
      process.env.TZ = serverZone;
    }

    const refused = yellowNoteSchema.safeParse({ ...note(), publishFrom: "2026-02-30T08:00", publishTo: "2027-03-28T02:30" });
    expect(refused.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["publishFrom", "dateTimeNonexistent"],
      ["publishTo", "dateTimeNonexistent"],
    ]);
    const malformed = yellowNoteSchema.safeParse({ ...note(), publishFrom: "i morgen" });
    expect(malformed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["publishFrom", "dateTimeInvalid"]]);
  });

  test("R2.1 a window that ends before it starts is refused by the form's schema", () => {
    const result = yellowNoteSchema.safeParse({ ...note(), publishFrom: "2026-12-02T08:00", publishTo: "2026-12-01T08:00" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["publishTo", "windowOrder"]]);
  });

  test("R2.1 two editors saving the same version: the second gets a conflict with the first's text, and nothing is overwritten", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const created = await saveYellowNote({ input: note(), staffId: rikke });
    const first = note({ id: created.id, expectedVersion: "1", bodyDa: "Første redaktørs tekst." });
    const second = note({ id: created.id, expectedVersion: "1", bodyDa: "Anden redaktørs tekst." });

    expect(await saveYellowNote({ input: first, staffId: rikke })).toEqual({ id: created.id, version: 2 });
    const conflict = await saveYellowNote({ input: second, staffId: rikke }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ContentConflictError);
    expect((conflict as ContentConflictError).current).toMatchObject({
      version: 2,
      savedByName: "Rikke Redaktør",
      snapshot: expect.objectContaining({ bodyDa: "Første redaktørs tekst." }),
    });
    const [stored] = await db().select().from(yellowNotes).where(eq(yellowNotes.id, created.id));
    expect(stored).toMatchObject({ version: 2, bodyDa: "Første redaktørs tekst." });
    expect(await listVersions({ kind: "yellow_note", contentId: created.id })).toHaveLength(2);

    // Having seen both texts, the second editor saves again on top of version 2.
    await saveYellowNote({ input: { ...second, expectedVersion: 2 }, staffId: rikke });
    const [replaced] = await db().select().from(yellowNotes).where(eq(yellowNotes.id, created.id));
    expect(replaced).toMatchObject({ version: 3, bodyDa: "Anden redaktørs tekst." });
  });

  test("R2.1 a conflict on a note saved before versions were recorded shows the note as it is", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const [old] = await db()
      .insert(yellowNotes)
      .values({ titleDa: "Gammel", titleEn: "Old", bodyDa: "Gammel tekst.", bodyEn: "Old text.", version: 3 })
      .returning();
    const conflict = await saveYellowNote({ input: note({ id: old.id, expectedVersion: "2" }), staffId: rikke }).catch((error: unknown) => error);
    expect((conflict as ContentConflictError).current).toMatchObject({
      version: 3,
      savedByName: null,
      snapshot: expect.objectContaining({ bodyDa: "Gammel tekst." }),
    });
  });

  test("R2.1 restoring an earlier version brings its text back as a new version and keeps the status", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const created = await saveYellowNote({ input: note(), staffId: rikke });
    await changeContentStatus({ kind: "yellow_note", id: created.id, expectedVersion: 1, status: "published", staffId: rikke });
    await saveYellowNote({ input: note({ id: created.id, expectedVersion: "2", titleDa: "Ny overskrift" }), staffId: rikke });
    expect(await frontPage()).toContain("Ny overskrift");

    const restored = await restoreContentVersion({ kind: "yellow_note", id: created.id, version: 1, expectedVersion: 3, staffId: rikke });
    expect(restored.version).toBe(4);
    const [stored] = await db().select().from(yellowNotes).where(eq(yellowNotes.id, created.id));
    expect(stored).toMatchObject({ titleDa: "Driftsforstyrrelse", status: "published", version: 4 });
    expect((await listVersions({ kind: "yellow_note", contentId: created.id }))[0].change).toBe("restored");
    await expect(restoreContentVersion({ kind: "yellow_note", id: created.id, version: 1, expectedVersion: 3, staffId: rikke })).rejects.toBeInstanceOf(
      ContentConflictError,
    );
  });

  test("R2.1 the history cannot be rewritten, not even by a bug in the portal", async () => {
    await expect(db().execute(sql`update content_versions set change = 'edited'`)).rejects.toThrow();
    await expect(db().delete(contentVersions)).rejects.toThrow();
    expect((await db().select().from(contentVersions)).every((version) => version.savedBy === null)).toBe(true);
  });

  test("R2.1 the release's note was seeded as its first version", async () => {
    const [release] = await db().select().from(yellowNotes);
    const history = await listVersions({ kind: "yellow_note", contentId: release.id });
    expect(history).toEqual([expect.objectContaining({ version: 1, change: "created", savedByName: null })]);
    expect(history[0].snapshot).toMatchObject({ titleDa: "Log ind med MitID/NemID", status: "published" });
  });
});

const faqEntry = (overrides: Record<string, string> = {}) =>
  faqEntrySchema.parse({
    expectedVersion: "0",
    audience: "jobsoegere",
    topicDa: "Log ind og profil",
    topicEn: "Logging in and your profile",
    questionDa: "Hvordan skifter jeg min adgangskode?",
    questionEn: "How do I change my password?",
    answerDa: "Du vælger selv en ny adgangskode, første gang du logger ind.",
    answerEn: "You choose a new password the first time you log in.",
    sortOrder: "40",
    ...overrides,
  });

describe("FAQ: entries, stable anchors and search", () => {
  test("R1.8 a new entry gets a stable anchor from its Danish question, unique within its FAQ", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const first = await saveFaqEntry({ input: faqEntry(), staffId: rikke });
    const second = await saveFaqEntry({ input: faqEntry(), staffId: rikke });
    await saveFaqEntry({ input: faqEntry({ id: first.id, expectedVersion: "1", questionDa: "Et helt andet spørgsmål?" }), staffId: rikke });
    const slugs = await db().select({ id: faqEntries.id, slug: faqEntries.slug }).from(faqEntries);
    expect(slugs.find((row) => row.id === first.id)?.slug).toBe("hvordan-skifter-jeg-min-adgangskode");
    expect(slugs.find((row) => row.id === second.id)?.slug).toBe("hvordan-skifter-jeg-min-adgangskode-2");
  });

  test("R1.8 an entry moved to the other FAQ, by editing or by restoring, gets a slug that page does not have yet", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const slugOf = async (id: string) => (await db().select({ slug: faqEntries.slug }).from(faqEntries).where(eq(faqEntries.id, id)))[0].slug;
    const forJobseekers = await saveFaqEntry({ input: faqEntry(), staffId: rikke });
    const forEmployers = await saveFaqEntry({ input: faqEntry({ audience: "arbejdsgivere" }), staffId: rikke });
    const lonely = await saveFaqEntry({ input: faqEntry({ audience: "arbejdsgivere", questionDa: "Kan jeg slå et job op?" }), staffId: rikke });

    const moved = await saveFaqEntry({ input: faqEntry({ id: forEmployers.id, expectedVersion: "1", audience: "jobsoegere" }), staffId: rikke });
    expect(await slugOf(forEmployers.id)).toBe("hvordan-skifter-jeg-min-adgangskode-2");
    expect(await slugOf(forJobseekers.id)).toBe("hvordan-skifter-jeg-min-adgangskode");

    const back = await restoreContentVersion({ kind: "faq_entry", id: forEmployers.id, version: 1, expectedVersion: moved.version, staffId: rikke });
    expect(back.version).toBe(3);
    expect(await slugOf(forEmployers.id)).toBe("hvordan-skifter-jeg-min-adgangskode-2");

    await saveFaqEntry({
      input: faqEntry({ id: lonely.id, expectedVersion: "1", audience: "jobsoegere", questionDa: "Kan jeg slå et job op?" }),
      staffId: rikke,
    });
    expect(await slugOf(lonely.id)).toBe("kan-jeg-slaa-et-job-op");
  });

  test("R1.8 only published entries inside their window are listed and found", async () => {
    const rikke = await staffIdOf("Rikke Redaktør");
    const draft = await saveFaqEntry({ input: faqEntry(), staffId: rikke });
    const question = "Hvordan skifter jeg min adgangskode?";
    const listed = async (now: Date) => (await listFaq({ audience: "jobsoegere", locale: "da", now })).flatMap((group) => group.entries.map((e) => e.question));
    expect(await listed(new Date())).not.toContain(question);

    await saveFaqEntry({ input: faqEntry({ id: draft.id, expectedVersion: "1", publishFrom: "2030-01-01T00:00" }), staffId: rikke });
    await changeContentStatus({ kind: "faq_entry", id: draft.id, expectedVersion: 2, status: "published", staffId: rikke });
    expect(await listed(new Date("2029-12-31T12:00:00Z"))).not.toContain(question);
    expect(await listed(new Date("2030-01-01T12:00:00Z"))).toContain(question);
    const found = await searchFaq({ audience: "jobsoegere", locale: "da", query: "skifte", now: new Date("2029-12-31T12:00:00Z") });
    expect(found.map((entry) => entry.question)).not.toContain(question);
  });

  test("R1.8 search finds an entry by an inflected Danish word, best match first", async () => {
    const found = await searchFaq({ audience: "jobsoegere", locale: "da", query: "adgangskoden", now: new Date() });
    expect(found[0].question).toBe("Jeg har glemt min adgangskode");
    expect(found.map((entry) => entry.slug)).toContain("glemt-adgangskode");
    const plural = await searchFaq({ audience: "jobsoegere", locale: "da", query: "jobcentrene", now: new Date() });
    expect(plural.length).toBeGreaterThan(0);
  });

  test("R1.8 English search uses English word forms, and only the FAQ asked for", async () => {
    const found = await searchFaq({ audience: "jobsoegere", locale: "en", query: "passwords", now: new Date() });
    expect(found.map((entry) => entry.question)).toContain("I have forgotten my password");
    const employers = await searchFaq({ audience: "arbejdsgivere", locale: "en", query: "passwords", now: new Date() });
    expect(employers.map((entry) => entry.slug)).not.toContain("glemt-adgangskode");
  });

  test("R1.8 anything a person types is a valid search: quotes, minus signs and stop words give results or none, never an error", async () => {
    for (const query of ['"glemt min', "-adgangskode", "og i på", "'); drop table faq_entries; --", "ææææ"]) {
      await expect(searchFaq({ audience: "jobsoegere", locale: "da", query, now: new Date() })).resolves.toBeInstanceOf(Array);
    }
    expect(await db().select().from(faqEntries)).not.toHaveLength(0);
  });
});
