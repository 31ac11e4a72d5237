import "server-only";
import { and, asc, between, count, desc, eq, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { joblogEntries, joblogEntryVersions, type JoblogEntry } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { assertMayReachCitizen } from "@/lib/identity/scope";
import { weekOf, type JoblogWeek } from "./days";
import { JOBLOG_UNDO_WINDOW_MS } from "./options";
import { joblogEntryColumns, ownJoblogEntry } from "./ownership";

/** An entry as the joblog shows it: what the citizen wrote, the ad it came from, and its version. */
export type JoblogEntryView = Pick<
  JoblogEntry,
  "id" | "title" | "employer" | "street" | "postcode" | "city" | "appliedOn" | "status" | "kind" | "note" | "jobAdId" | "version" | "updatedAt"
>;

/** One change in an entry's history: which version it made, what kind of change, and when. */
export type JoblogChange = { version: number; change: "created" | "edited" | "deleted" | "restored"; changedAt: Date };

const viewColumns = {
  id: joblogEntryColumns.id,
  title: joblogEntryColumns.title,
  employer: joblogEntryColumns.employer,
  street: joblogEntryColumns.street,
  postcode: joblogEntryColumns.postcode,
  city: joblogEntryColumns.city,
  appliedOn: joblogEntryColumns.appliedOn,
  status: joblogEntryColumns.status,
  kind: joblogEntryColumns.kind,
  note: joblogEntryColumns.note,
  jobAdId: joblogEntryColumns.jobAdId,
  version: joblogEntryColumns.version,
  updatedAt: joblogEntryColumns.updatedAt,
};

/** The citizen's entries that are not deleted, newest day first (and, within a day, the last written first). */
function entriesOf(executor: Executor, citizenId: string): Promise<JoblogEntryView[]> {
  return executor
    .select(viewColumns)
    .from(joblogEntries)
    .where(and(eq(joblogEntries.citizenId, citizenId), isNull(joblogEntries.deletedAt)))
    .orderBy(desc(joblogEntries.appliedOn), desc(joblogEntries.createdAt), desc(joblogEntries.id));
}

/** The citizen's own joblog (R3.2): every entry not deleted, newest first. */
export async function listJoblogEntries({ citizenId }: { citizenId: string }): Promise<JoblogEntryView[]> {
  return entriesOf(db(), citizenId);
}

/**
 * One entry of the citizen's own joblog with its history, for its page; null when the
 * citizen has no such entry (another citizen's is not theirs: logged, and null) or it is deleted.
 */
export async function getJoblogEntry({
  citizenId,
  entryId,
}: {
  citizenId: string;
  entryId: string;
}): Promise<(JoblogEntryView & { history: JoblogChange[] }) | null> {
  const entry = await ownJoblogEntry(db(), { citizenId, entryId, action: "read_joblog_entry" });
  if (!entry || entry.deletedAt) return null;
  const history = await db()
    .select({ version: joblogEntryVersions.version, change: joblogEntryVersions.change, changedAt: joblogEntryVersions.changedAt })
    .from(joblogEntryVersions)
    .where(eq(joblogEntryVersions.entryId, entry.id))
    .orderBy(asc(joblogEntryVersions.version));
  const view = Object.fromEntries(Object.keys(viewColumns).map((key) => [key, entry[key as keyof JoblogEntry]])) as JoblogEntryView;
  return { ...view, history };
}

/**
 * An entry the citizen deleted so recently that it can still be undone (JOBLOG_UNDO_WINDOW_MS),
 * for the notice with `Fortryd`: its title and employer. Null for anything else.
 */
export async function getRecentlyDeletedJoblogEntry({
  citizenId,
  entryId,
  now = new Date(),
}: {
  citizenId: string;
  entryId: string;
  now?: Date;
}): Promise<Pick<JoblogEntry, "id" | "title" | "employer"> | null> {
  const entry = await ownJoblogEntry(db(), { citizenId, entryId, action: "read_deleted_joblog_entry" });
  if (!entry?.deletedAt || now.getTime() - entry.deletedAt.getTime() > JOBLOG_UNDO_WINDOW_MS) return null;
  return { id: entry.id, title: entry.title, employer: entry.employer };
}

/** The citizen's own entry (not deleted) made from the job ad `jobAdId`, if they have saved the ad; else null. */
export async function findJoblogEntryForJobAd({ citizenId, jobAdId }: { citizenId: string; jobAdId: number }): Promise<{ id: string } | null> {
  const [entry] = await db()
    .select({ id: joblogEntries.id })
    .from(joblogEntries)
    .where(and(eq(joblogEntries.citizenId, citizenId), eq(joblogEntries.jobAdId, jobAdId), isNull(joblogEntries.deletedAt)))
    .orderBy(desc(joblogEntries.createdAt))
    .limit(1);
  return entry ?? null;
}

/** How many entries (not deleted) the citizen has in the week of `day` (`yyyy-mm-dd`), and that week. */
export async function countJoblogEntriesInWeek({ citizenId, day }: { citizenId: string; day: string }): Promise<{ week: JoblogWeek; count: number }> {
  const week = weekOf(day);
  const [row] = await db()
    .select({ count: count() })
    .from(joblogEntries)
    .where(and(eq(joblogEntries.citizenId, citizenId), isNull(joblogEntries.deletedAt), between(joblogEntries.appliedOn, week.monday, week.sunday)));
  return { week, count: row?.count ?? 0 };
}

/**
 * A citizen's joblog for their caseworker (R3.2), read-only: checked for reach (a caseworker
 * their own jobcenter's citizens, support everyone; CitizenOutOfScopeError otherwise), and
 * every read is written to the audit log in the same transaction.
 */
export async function readJoblogForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<JoblogEntryView[]> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: viewer, citizenId, action: "read_joblog" });
    const entries = await entriesOf(tx, citizenId);
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "joblog.read", subjectCitizenId: citizenId });
    return entries;
  });
}
