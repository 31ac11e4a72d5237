import "server-only";
import slugify from "@sindresorhus/slugify";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { contentVersions, faqEntries, staff, yellowNotes, type ContentChange, type ContentKind, type FaqEntry } from "@/db/schema";
import { AppError, NotFoundError } from "@/lib/errors";
import { assertStaffRole } from "@/lib/identity/scope";
import { fromDanishLocalTime } from "./danish-time";
import type { FaqEntryInput, YellowNoteInput } from "./schema";
import { columnsOf, faqEntryFields, snapshotOf, yellowNoteFields } from "./versions";

/** The version another editor saved while this one was writing, to show beside their own text. */
export interface SavedVersion {
  version: number;
  snapshot: Record<string, unknown>;
  savedByName: string | null;
  savedAt: Date;
}

/**
 * Someone saved the entry after the editor opened it. Nothing is written; the editor sees
 * both texts and decides.
 */
export class ContentConflictError extends AppError {
  constructor(readonly current: SavedVersion) {
    super(409, "editor.errors.conflict", "content changed since the editor opened it");
  }
}

type FaqAudience = FaqEntry["audience"];

const kinds = {
  yellow_note: { table: yellowNotes, fields: yellowNoteFields },
  faq_entry: { table: faqEntries, fields: faqEntryFields },
} as const;

async function recordVersion(
  tx: Transaction,
  version: { kind: ContentKind; contentId: string; version: number; change: ContentChange; row: { status: string }; staffId: string },
) {
  const fields = kinds[version.kind].fields as readonly string[];
  await tx.insert(contentVersions).values({
    kind: version.kind,
    contentId: version.contentId,
    version: version.version,
    change: version.change,
    snapshot: snapshotOf(version.row as Record<string, unknown> & { status: string }, fields),
    savedBy: version.staffId,
  });
}

/** The newest recorded version of an entry, with the name of whoever saved it. */
async function latestVersion(tx: Transaction, kind: ContentKind, contentId: string): Promise<SavedVersion | null> {
  const [row] = await tx
    .select({ version: contentVersions.version, snapshot: contentVersions.snapshot, savedByName: staff.name, savedAt: contentVersions.savedAt })
    .from(contentVersions)
    .leftJoin(staff, eq(staff.id, contentVersions.savedBy))
    .where(and(eq(contentVersions.kind, kind), eq(contentVersions.contentId, contentId)))
    .orderBy(desc(contentVersions.version))
    .limit(1);
  return row ?? null;
}

/**
 * Writes `changes` to the entry only if it is still at `expectedVersion`, and records the
 * result as the next version. Otherwise nothing is written and the editor is told who
 * saved in between (optimistic concurrency: two editors never silently overwrite each other).
 */
async function updateVersioned(
  tx: Transaction,
  kind: ContentKind,
  update: { id: string; expectedVersion: number; changes: Record<string, unknown>; change: ContentChange; staffId: string },
): Promise<{ id: string; version: number }> {
  const { table } = kinds[kind];
  const [row] = await tx
    .update(table)
    .set({ ...update.changes, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, update.id), eq(table.version, update.expectedVersion)))
    .returning();
  if (!row) {
    const [current] = await tx.select().from(table).where(eq(table.id, update.id));
    if (!current) throw new NotFoundError(kind);
    // An entry from before versions were recorded has no record yet; the row itself is the version.
    const recorded = await latestVersion(tx, kind, update.id);
    throw new ContentConflictError(
      recorded?.version === current.version
        ? recorded
        : {
            version: current.version,
            snapshot: snapshotOf(current as Record<string, unknown> & { status: string }, kinds[kind].fields as readonly string[]),
            savedByName: null,
            savedAt: current.updatedAt,
          },
    );
  }
  await recordVersion(tx, { kind, contentId: row.id, version: row.version, change: update.change, row, staffId: update.staffId });
  return { id: row.id, version: row.version };
}

const publishWindow = (input: { publishFrom?: string; publishTo?: string }) => ({
  publishFrom: fromDanishLocalTime(input.publishFrom),
  publishTo: fromDanishLocalTime(input.publishTo),
});

/** Creates a yellow note as a draft, or saves a new version of one the editor opened at `expectedVersion`. */
export async function saveYellowNote({ input, staffId }: { input: YellowNoteInput; staffId: string }) {
  const { id, expectedVersion, ...fields } = input;
  const changes = { ...fields, ...publishWindow(fields) };
  return db().transaction(async (tx) => {
    await assertStaffRole(tx, { staffId, role: "editor", action: "save_yellow_note" });
    if (id) return updateVersioned(tx, "yellow_note", { id, expectedVersion, changes, change: "edited", staffId });
    const [row] = await tx.insert(yellowNotes).values(changes).returning();
    await recordVersion(tx, { kind: "yellow_note", contentId: row.id, version: row.version, change: "created", row, staffId });
    return { id: row.id, version: row.version };
  });
}

/** A slug from the Danish question, so the entry's link reads as what it answers. */
const slugOf = (question: string) =>
  slugify(question, {
    customReplacements: [
      ["æ", "ae"],
      ["ø", "oe"],
      ["å", "aa"],
    ],
  }).slice(0, 80) || "spoergsmaal";

/** `wanted`, or `wanted-2`, `wanted-3` …: the first slug no other entry for this audience has. */
async function freeSlug(tx: Transaction, audience: FaqAudience, wanted: string): Promise<string> {
  const taken = new Set((await tx.select({ slug: faqEntries.slug }).from(faqEntries).where(eq(faqEntries.audience, audience))).map((row) => row.slug));
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  return slug;
}

/**
 * The slug never changes while the entry stays on its FAQ page, so links to it last. An entry
 * moved to the other audience's page keeps it if no entry there has it, and otherwise gets
 * the next free one.
 */
async function slugAfterMove(tx: Transaction, id: string, audience: FaqAudience): Promise<{ slug?: string }> {
  const [current] = await tx.select({ audience: faqEntries.audience, slug: faqEntries.slug }).from(faqEntries).where(eq(faqEntries.id, id));
  if (!current || current.audience === audience) return {};
  return { slug: await freeSlug(tx, audience, current.slug) };
}

/** Creates a FAQ entry as a draft, or saves a new version of one the editor opened at `expectedVersion`. */
export async function saveFaqEntry({ input, staffId }: { input: FaqEntryInput; staffId: string }) {
  const { id, expectedVersion, ...fields } = input;
  const changes = { ...fields, sortOrder: Number(fields.sortOrder), ...publishWindow(fields) };
  return db().transaction(async (tx) => {
    await assertStaffRole(tx, { staffId, role: "editor", action: "save_faq_entry" });
    if (id) {
      const moved = await slugAfterMove(tx, id, changes.audience);
      return updateVersioned(tx, "faq_entry", { id, expectedVersion, changes: { ...changes, ...moved }, change: "edited", staffId });
    }
    const slug = await freeSlug(tx, changes.audience, slugOf(changes.questionDa));
    const [row] = await tx
      .insert(faqEntries)
      .values({ ...changes, slug })
      .returning();
    await recordVersion(tx, { kind: "faq_entry", contentId: row.id, version: row.version, change: "created", row, staffId });
    return { id: row.id, version: row.version };
  });
}

/** Publishes or withdraws an entry; published entries show to citizens inside their publish window. */
export async function changeContentStatus({
  kind,
  id,
  expectedVersion,
  status,
  staffId,
}: {
  kind: ContentKind;
  id: string;
  expectedVersion: number;
  status: "published" | "withdrawn";
  staffId: string;
}) {
  return db().transaction(async (tx) => {
    await assertStaffRole(tx, { staffId, role: "editor", action: `change_${kind}_status` });
    return updateVersioned(tx, kind, { id, expectedVersion, changes: { status }, change: status, staffId });
  });
}

/** Brings back an earlier version's text as a new version; the entry keeps its current status. */
export async function restoreContentVersion({
  kind,
  id,
  version,
  expectedVersion,
  staffId,
}: {
  kind: ContentKind;
  id: string;
  version: number;
  expectedVersion: number;
  staffId: string;
}) {
  return db().transaction(async (tx) => {
    await assertStaffRole(tx, { staffId, role: "editor", action: `restore_${kind}_version` });
    const [earlier] = await tx
      .select({ snapshot: contentVersions.snapshot })
      .from(contentVersions)
      .where(and(eq(contentVersions.kind, kind), eq(contentVersions.contentId, id), eq(contentVersions.version, version)));
    if (!earlier) throw new NotFoundError(`${kind} version`);
    const changes = columnsOf(earlier.snapshot, kinds[kind].fields);
    if (kind === "faq_entry") Object.assign(changes, await slugAfterMove(tx, id, changes.audience as FaqAudience));
    return updateVersioned(tx, kind, { id, expectedVersion, changes, change: "restored", staffId });
  });
}
