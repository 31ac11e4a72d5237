import "server-only";
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { citizens, jobAds, joblogEntries, joblogEntryVersions, type JoblogEntry } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { AppError, ConflictError } from "@/lib/errors";
import { JOBLOG_UNDO_WINDOW_MS } from "./options";
import { JoblogEntryNotFoundError, keptText, ownJoblogEntry } from "./ownership";
import type { JoblogEntryInput } from "./schema";
import { cleanJoblogText } from "./text";

// Every way an entry is written (R3.2). Each runs in one transaction that changes the entry,
// bumps its version and writes that version — who (the citizen, whose entry it is), when, the
// kind of change, and the entry after it — so the history is the same truth the citizen and
// their caseworker see. Every text passes cleanJoblogText here and nowhere else: `<` and `>`
// are removed, every other character is kept exactly.

/** An entry's texts and choices, as they are stored. */
type EntryContent = Pick<JoblogEntry, "title" | "employer" | "street" | "postcode" | "city" | "appliedOn" | "status" | "kind" | "note">;

/** The entry as the citizen wrote it (checked by the form's schema), cleaned by the joblog's one rule. */
function cleaned(entry: JoblogEntryInput): EntryContent {
  const postcode = cleanJoblogText(entry.postcode);
  return {
    title: cleanJoblogText(entry.title),
    employer: cleanJoblogText(entry.employer),
    street: cleanJoblogText(entry.street),
    postcode: postcode === "" ? null : postcode,
    city: cleanJoblogText(entry.city),
    appliedOn: entry.appliedOn,
    status: entry.status,
    kind: entry.kind,
    note: cleanJoblogText(entry.note),
  };
}

/** The entry as a version keeps it. */
function snapshotOf(entry: EntryContent & Pick<JoblogEntry, "jobAdId">): Record<string, string | null> {
  return {
    title: entry.title,
    employer: entry.employer,
    street: entry.street,
    postcode: entry.postcode,
    city: entry.city,
    appliedOn: entry.appliedOn,
    status: entry.status,
    kind: entry.kind,
    note: entry.note,
    jobAdId: entry.jobAdId === null ? null : String(entry.jobAdId),
  };
}

/**
 * Writes version `version` of the entry: the kind of change, when, and the entry as it now is
 * — taken from what was written or read whole (ownJoblogEntry), never from what an insert or
 * update returns, whose texts the embedded database's driver may shorten (ownership.ts).
 */
async function recordVersion(
  tx: Transaction,
  { entryId, version, entry }: { entryId: string; version: number; entry: EntryContent & Pick<JoblogEntry, "jobAdId"> },
  change: "created" | "edited" | "deleted" | "restored",
  now: Date,
): Promise<void> {
  await tx.insert(joblogEntryVersions).values({ entryId, version, change, changedAt: now, snapshot: snapshotOf(entry) });
}

/** Locks the citizen's row, so their entries are written one after the other; throws when there is no such citizen. */
async function lockCitizen(tx: Transaction, citizenId: string): Promise<void> {
  const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId)).for("update");
  if (!citizen) throw new AppError(404, "errors.notFound", "citizen not found");
}

async function insertEntry(tx: Transaction, citizenId: string, content: EntryContent & Pick<JoblogEntry, "jobAdId">, now: Date): Promise<{ id: string }> {
  const [entry] = await tx
    .insert(joblogEntries)
    .values({ citizenId, ...content, version: 1, createdAt: now, updatedAt: now })
    .returning({ id: joblogEntries.id, version: joblogEntries.version });
  await recordVersion(tx, { entryId: entry.id, version: entry.version, entry: content }, "created", now);
  return { id: entry.id };
}

/** Adds an entry to the citizen's joblog, as they wrote it less `<` and `>`. Returns its id. */
export async function createJoblogEntry({
  citizenId,
  entry,
  now = new Date(),
}: {
  citizenId: string;
  entry: JoblogEntryInput;
  now?: Date;
}): Promise<{ id: string }> {
  return db().transaction(async (tx) => {
    await lockCitizen(tx, citizenId);
    const created = await insertEntry(tx, citizenId, { ...cleaned(entry), jobAdId: null }, now);
    return { id: created.id };
  });
}

/**
 * Saves the citizen's changes to their own entry. `expectedVersion` is the version the
 * citizen opened: if the entry has changed since (in another window), nothing is saved and
 * ConflictError says so. Saving what is already there changes nothing and makes no version.
 * Another citizen's entry, or a deleted one, is not found.
 */
export async function editJoblogEntry({
  citizenId,
  entryId,
  expectedVersion,
  entry,
  now = new Date(),
}: {
  citizenId: string;
  entryId: string;
  expectedVersion: number;
  entry: JoblogEntryInput;
  now?: Date;
}): Promise<{ changed: boolean }> {
  return db().transaction(async (tx) => {
    const current = await ownJoblogEntry(tx, { citizenId, entryId, action: "edit_joblog_entry", lock: true });
    if (!current || current.deletedAt) throw new JoblogEntryNotFoundError();
    if (current.version !== expectedVersion) throw new ConflictError("joblog.errors.changedElsewhere", "the entry changed since it was opened");
    const content = cleaned(entry);
    const unchanged = (Object.keys(content) as (keyof EntryContent)[]).every((key) => content[key] === current[key]);
    if (unchanged) return { changed: false };
    const [saved] = await tx
      .update(joblogEntries)
      .set({ ...content, version: sql`${joblogEntries.version} + 1`, updatedAt: now })
      .where(eq(joblogEntries.id, current.id))
      .returning({ version: joblogEntries.version });
    await recordVersion(tx, { entryId: current.id, version: saved.version, entry: { ...content, jobAdId: current.jobAdId } }, "edited", now);
    return { changed: true };
  });
}

/**
 * Deletes the citizen's own entry: it leaves the joblog at once, and can be undone for
 * JOBLOG_UNDO_WINDOW_MS (restoreJoblogEntry). Another citizen's entry, or one already
 * deleted, is not found.
 */
export async function deleteJoblogEntry({ citizenId, entryId, now = new Date() }: { citizenId: string; entryId: string; now?: Date }): Promise<void> {
  await db().transaction(async (tx) => {
    const current = await ownJoblogEntry(tx, { citizenId, entryId, action: "delete_joblog_entry", lock: true });
    if (!current || current.deletedAt) throw new JoblogEntryNotFoundError();
    const [deleted] = await tx
      .update(joblogEntries)
      .set({ deletedAt: now, version: sql`${joblogEntries.version} + 1`, updatedAt: now })
      .where(eq(joblogEntries.id, current.id))
      .returning({ version: joblogEntries.version });
    await recordVersion(tx, { entryId: current.id, version: deleted.version, entry: current }, "deleted", now);
  });
}

/**
 * `Fortryd` after deleting: the entry is back in the citizen's joblog as it was. Undoing
 * twice changes nothing the second time; after JOBLOG_UNDO_WINDOW_MS it is too late
 * (ConflictError). Another citizen's entry is not found.
 */
export async function restoreJoblogEntry({ citizenId, entryId, now = new Date() }: { citizenId: string; entryId: string; now?: Date }): Promise<void> {
  await db().transaction(async (tx) => {
    const current = await ownJoblogEntry(tx, { citizenId, entryId, action: "restore_joblog_entry", lock: true });
    if (!current) throw new JoblogEntryNotFoundError();
    if (!current.deletedAt) return;
    if (now.getTime() - current.deletedAt.getTime() > JOBLOG_UNDO_WINDOW_MS) throw new ConflictError("joblog.errors.undoTooLate", "the undo window has passed");
    const [restored] = await tx
      .update(joblogEntries)
      .set({ deletedAt: null, version: sql`${joblogEntries.version} + 1`, updatedAt: now })
      .where(eq(joblogEntries.id, current.id))
      .returning({ version: joblogEntries.version });
    await recordVersion(tx, { entryId: current.id, version: restored.version, entry: current }, "restored", now);
  });
}

/**
 * `Gem i joblog` on a job ad (R3.2): an entry with the ad's title, employer, street, postcode
 * and city — every character kept but `<` and `>` — planned, an application, dated today in
 * Danish time, linked to the ad. An ad the citizen has already saved (and not deleted) is
 * not saved twice: its entry is returned with `created: false`. An ad that does not exist or
 * whose deadline has passed is refused (404).
 */
export async function createJoblogEntryFromJobAd({
  citizenId,
  jobAdId,
  now = new Date(),
}: {
  citizenId: string;
  jobAdId: number;
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  if (!Number.isSafeInteger(jobAdId) || jobAdId < 1 || jobAdId > 2_147_483_647) throw new AppError(404, "joblog.errors.adNotFound", "no such job ad");
  const today = danishDay(now);
  return db().transaction(async (tx) => {
    await lockCitizen(tx, citizenId);
    const [saved] = await tx
      .select({ id: joblogEntries.id })
      .from(joblogEntries)
      .where(and(eq(joblogEntries.citizenId, citizenId), eq(joblogEntries.jobAdId, jobAdId), isNull(joblogEntries.deletedAt)))
      .orderBy(desc(joblogEntries.createdAt))
      .limit(1);
    if (saved) return { id: saved.id, created: false };
    const [ad] = await tx
      .select({
        title: keptText(jobAds.title),
        employer: keptText(jobAds.employer),
        street: keptText(jobAds.street),
        postcode: jobAds.postcode,
        city: keptText(jobAds.city),
      })
      .from(jobAds)
      .where(and(eq(jobAds.id, jobAdId), gte(jobAds.deadline, today)));
    if (!ad) throw new AppError(404, "joblog.errors.adNotFound", "no open job ad with that id");
    const { id } = await insertEntry(
      tx,
      citizenId,
      {
        title: cleanJoblogText(ad.title),
        employer: cleanJoblogText(ad.employer),
        street: cleanJoblogText(ad.street),
        postcode: cleanJoblogText(ad.postcode),
        city: cleanJoblogText(ad.city),
        appliedOn: today,
        status: "planlagt",
        kind: "ansoegning",
        note: "",
        jobAdId,
      },
      now,
    );
    return { id, created: true };
  });
}
