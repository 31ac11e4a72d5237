import "server-only";
import { eq, getTableColumns, sql, type AnyColumn } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { joblogEntries, type JoblogEntry } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The entry is not in the citizen's joblog: it never was, it is another citizen's, or it is deleted (404). */
export class JoblogEntryNotFoundError extends AppError {
  constructor() {
    super(404, "joblog.errors.notFound", "joblog entry not found");
  }
}

/**
 * A text column read so that every character comes back. PGlite's driver decodes each text
 * field with a TextDecoder that drops a leading U+FEFF (a byte-order mark, which text pasted
 * from some programs starts with), so the embedded database would lose it on reading; read
 * behind one character that is then removed, the field comes back whole on both databases.
 */
export function keptText(column: AnyColumn) {
  return sql<string>`'.' || ${column}`.mapWith((value: string) => value.slice(1));
}

/** Every column of an entry, its texts read whole (keptText). Every read of entries uses these. */
export const joblogEntryColumns = {
  ...getTableColumns(joblogEntries),
  title: keptText(joblogEntries.title),
  employer: keptText(joblogEntries.employer),
  street: keptText(joblogEntries.street),
  city: keptText(joblogEntries.city),
  note: keptText(joblogEntries.note),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `entryId` is written as an entry's id can be; anything else names no entry. */
export function isJoblogEntryId(entryId: string): boolean {
  return UUID.test(entryId);
}

/**
 * The citizen's own entry `entryId`, deleted or not, or null. Another citizen's entry is
 * treated as not there, and the attempt is logged like every refused reach (who, what, whose
 * citizen id — never what the entry says). With `lock`, the row is locked for the caller's
 * transaction, so two changes to one entry happen one after the other.
 */
export async function ownJoblogEntry(
  executor: Executor,
  { citizenId, entryId, action, lock = false }: { citizenId: string; entryId: string; action: string; lock?: boolean },
): Promise<JoblogEntry | null> {
  if (!isJoblogEntryId(entryId)) return null;
  const query = executor.select(joblogEntryColumns).from(joblogEntries).where(eq(joblogEntries.id, entryId));
  const [entry] = lock ? await query.for("update") : await query;
  if (!entry) return null;
  if (entry.citizenId === citizenId) return entry;
  log.warn("citizen_access_denied", { actorKind: "citizen", actorId: citizenId, action, citizenId: entry.citizenId, entryId });
  return null;
}
