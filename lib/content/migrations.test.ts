import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { staff } from "@/db/schema";
import { restoreContentVersion, saveYellowNote } from "@/lib/content/mutations";
import { listVersions } from "@/lib/content/queries";
import { yellowNoteSchema } from "@/lib/content/schema";
import { faqEntryFields, snapshotOf, yellowNoteFields } from "@/lib/content/versions";
import { withFreshDatabase } from "@/tests/support/database";
import { migrationsFolder } from "@/db/migrate";
import { releaseFaqEntries, releaseYellowNote } from "@/lib/demo/release-content";
import { auditLog, citizens, faqEntries, yellowNotes } from "@/db/schema";
import { seedDemoData } from "@/lib/demo/seed";

const { db } = withFreshDatabase();

/** Runs one migration's statements again, as on a database deployed before it existed. */
async function runMigration(file: string) {
  const text = await readFile(path.join(migrationsFolder, file), "utf8");
  for (const statement of text.split("--> statement-breakpoint")) await db().execute(sql.raw(statement));
}

describe("migrations of a database already in use", () => {
  test("R2.1 R1.8 content from before versions were recorded gets its current text as its first version, once", async () => {
    await seedDemoData(db());
    // As on a database deployed before versions: entries, one of them edited twice, and no records.
    const [note] = await db()
      .insert(yellowNotes)
      .values({ ...releaseYellowNote, titleDa: "Nedetid søndag", publishFrom: new Date("2026-12-06T07:00:00.123Z"), version: 3 })
      .returning();
    const [entry] = await db()
      .insert(faqEntries)
      .values({ ...releaseFaqEntries[0], slug: "gammelt-spoergsmaal", sortOrder: 7 })
      .returning();

    await runMigration("0005_backfill_content_versions.sql");
    await runMigration("0005_backfill_content_versions.sql");

    const noteHistory = await listVersions({ kind: "yellow_note", contentId: note.id });
    expect(noteHistory).toEqual([expect.objectContaining({ version: 3, change: "edited", savedByName: null, savedAt: note.updatedAt })]);
    expect(noteHistory[0].snapshot).toEqual(snapshotOf(note, yellowNoteFields));
    const entryHistory = await listVersions({ kind: "faq_entry", contentId: entry.id });
    expect(entryHistory).toEqual([expect.objectContaining({ version: 1, change: "created", savedByName: null })]);
    expect(entryHistory[0].snapshot).toEqual(snapshotOf(entry, faqEntryFields));

    // The backfilled version is one like any other: an editor can go on from it and back to it.
    const [rikke] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, "Rikke Redaktør"));
    const edited = yellowNoteSchema.parse({
      ...snapshotOf(note, yellowNoteFields),
      id: note.id,
      expectedVersion: "3",
      titleDa: "Nedetid mandag",
      publishFrom: "",
      publishTo: "",
    });
    await saveYellowNote({ input: edited, staffId: rikke.id });
    await restoreContentVersion({ kind: "yellow_note", id: note.id, version: 3, expectedVersion: 4, staffId: rikke.id });
    const [restored] = await db().select().from(yellowNotes).where(eq(yellowNotes.id, note.id));
    expect([restored.titleDa, restored.publishFrom?.toISOString(), restored.version]).toEqual(["Nedetid søndag", "2026-12-06T07:00:00.123Z", 5]);
  });

  test("X5 citizens from before jobcenters were recorded get the jobcenter that last registered them or acted for them, once", async () => {
    await seedDemoData(db());
    const [jens] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, "Jens Jobcenter"));
    // As on a database deployed before: no citizen has a jobcenter.
    await db().update(citizens).set({ jobcenter: null });
    const idOf = async (name: string) => (await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name)))[0].id;
    const [carl, dorte, emil] = [await idOf("Carl Ny"), await idOf("Dorte Fleks"), await idOf("Emil Ung")];
    // Carl was registered in Aarhus, then Jens (København) acted for him; Dorte was registered in Odense after Jens acted.
    await db()
      .insert(auditLog)
      .values([
        {
          occurredAt: new Date("2026-01-01T10:00:00Z"),
          actorKind: "api_client",
          actorId: null,
          action: "citizen.registered",
          subjectCitizenId: carl,
          details: { jobcenter: "Jobcenter Aarhus" },
        },
        { occurredAt: new Date("2026-02-01T10:00:00Z"), actorKind: "staff", actorId: jens.id, action: "contact_person.added", subjectCitizenId: carl },
        { occurredAt: new Date("2026-01-01T10:00:00Z"), actorKind: "staff", actorId: jens.id, action: "contact_person.added", subjectCitizenId: dorte },
        {
          occurredAt: new Date("2026-02-01T10:00:00Z"),
          actorKind: "api_client",
          actorId: null,
          action: "citizen.registered",
          subjectCitizenId: dorte,
          details: { jobcenter: "Jobcenter Odense" },
        },
      ]);

    await runMigration("0007_backfill_citizen_jobcenter.sql");
    await runMigration("0007_backfill_citizen_jobcenter.sql");

    const jobcenterOf = async (id: string) => (await db().select({ jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.id, id)))[0].jobcenter;
    expect(await jobcenterOf(carl)).toBe("Jobcenter København");
    expect(await jobcenterOf(dorte)).toBe("Jobcenter Odense");
    // Nothing says which jobcenter Emil belongs to: no caseworker reaches him until one registers him.
    expect(await jobcenterOf(emil)).toBeNull();
  });
});
