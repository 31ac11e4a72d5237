import "server-only";
import { and, asc, eq, gte, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db/client";
import { citizens, forberedelsesskemaer } from "@/db/schema";
import { AppError, ConflictError, ForbiddenError } from "@/lib/errors";
import { log } from "@/lib/log";
import { newReceiptReference } from "@/lib/receipts/reference";
import { mayAnswerForberedelsesskema } from "./eligibility";
import { nextQuestionNumber } from "./progress";
import { isOptionOf, type QuestionId } from "./questions";

/** Refuses a citizen the questionnaire is not for, from their contact group as it is now (R3.1). */
async function assertMayAnswer(tx: Executor, citizenId: string): Promise<void> {
  const [citizen] = await tx.select({ contactGroup: citizens.contactGroup }).from(citizens).where(eq(citizens.id, citizenId));
  if (citizen && mayAnswerForberedelsesskema(citizen.contactGroup)) return;
  log.warn("forberedelsesskema_denied", { citizenId, contactGroup: citizen?.contactGroup });
  throw new ForbiddenError("forberedelsesskema.errors.notForYou", "not in a group the questionnaire is for");
}

/**
 * Saves one answer to the citizen's draft, starting the draft (and its retention clock) with
 * the first answer. Throws ForbiddenError for a citizen it is not for, ConflictError once the
 * questionnaire is submitted, and AppError 400 for an option the question does not have.
 */
export async function saveAnswer({
  citizenId,
  questionId,
  option,
  now = new Date(),
}: {
  citizenId: string;
  questionId: QuestionId;
  option: string;
  now?: Date;
}) {
  if (!isOptionOf(questionId, option)) throw new AppError(400, "forberedelsesskema.errors.answerMissing", "not an option of the question");
  await db().transaction(async (tx) => {
    await assertMayAnswer(tx, citizenId);
    const answer = { [questionId]: option };
    const saved = await tx
      .insert(forberedelsesskemaer)
      .values({ citizenId, answers: answer, startedAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: forberedelsesskemaer.citizenId,
        set: { answers: sql`${forberedelsesskemaer.answers} || ${JSON.stringify(answer)}::jsonb`, updatedAt: now },
        setWhere: isNull(forberedelsesskemaer.submittedAt),
      })
      .returning({ id: forberedelsesskemaer.id });
    if (saved.length === 0) throw new ConflictError("forberedelsesskema.errors.alreadySubmitted", "already submitted");
  });
}

/**
 * Submits the citizen's draft: every question must be answered. Returns the receipt's
 * reference. Throws ForbiddenError for a citizen it is not for, ConflictError when already
 * submitted, and AppError 422 while a question is unanswered (or there is no draft).
 */
export async function submitForberedelsesskema({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<{ reference: string }> {
  return db().transaction(async (tx) => {
    await assertMayAnswer(tx, citizenId);
    const [draft] = await tx.select().from(forberedelsesskemaer).where(eq(forberedelsesskemaer.citizenId, citizenId)).for("update");
    if (draft?.submittedAt) throw new ConflictError("forberedelsesskema.errors.alreadySubmitted", "already submitted");
    if (!draft || nextQuestionNumber(draft.answers) !== null)
      throw new AppError(422, "forberedelsesskema.errors.notAllAnswered", "not every question answered");
    const reference = newReceiptReference("forberedelsesskema");
    await tx
      .update(forberedelsesskemaer)
      .set({ submittedAt: now, updatedAt: now, reference })
      .where(and(eq(forberedelsesskemaer.id, draft.id), isNull(forberedelsesskemaer.submittedAt)));
    return { reference };
  });
}

// R3.1: an unfinished draft is deleted 6 months after it was started, or 10 years for a
// citizen in ressourceforløb. "6 months" is calendar months in Danish time: a draft started
// 15 March at 10:00 (winter time) expires 15 September at 10:00 (summer time), not an hour later.

/** Drafts per batch: each batch is a short transaction of its own, so no long lock is held. */
export const PURGE_BATCH_SIZE = 1000;

const DANISH_TIME = sql.raw(`'Europe/Copenhagen'`);
const keptFor = sql`case when ${citizens.contactGroup} = 'ressourceforloeb' then interval '10 years' else interval '6 months' end`;
/** When a draft expires: its start, in Danish wall-clock time, plus its period, back to an instant. */
const expiresAt = sql`((${forberedelsesskemaer.startedAt} at time zone ${DANISH_TIME}) + ${keptFor}) at time zone ${DANISH_TIME}`;

/**
 * The shortest period any draft is kept, in days, for a condition the drafts' index can use:
 * 6 calendar months are at least 181 days (31 August + 6 months = 28 February), less the
 * hour summer time takes, so a draft that has expired started at least 180 days ago.
 */
const SHORTEST_KEEP_DAYS = 180;

/** Where the previous batch ended: the last draft it examined, in the order the purge walks (start, id). */
interface Cursor {
  /** started_at as PostgreSQL prints it (microseconds and offset), so it round-trips exactly. */
  startedAt: string;
  id: string;
}

/**
 * The next `limit` expired drafts after `after`, oldest first. Walking forward from a cursor
 * means drafts that are kept (ressourceforløb between 6 months and 10 years) are read once
 * per run, not once per batch.
 */
async function nextExpiredDrafts(tx: Transaction, { now, after, limit }: { now: Date; after: Cursor | undefined; limit: number }): Promise<Cursor[]> {
  const nowIso = now.toISOString();
  const conditions: (SQL | undefined)[] = [
    isNull(forberedelsesskemaer.submittedAt),
    sql`${forberedelsesskemaer.startedAt} <= ${nowIso}::timestamptz - ${`${SHORTEST_KEEP_DAYS} days`}::interval`,
    sql`${expiresAt} <= ${nowIso}::timestamptz`,
  ];
  if (after) {
    // The plain comparison lets the index on started_at bound the scan; the row comparison breaks ties by id.
    conditions.push(gte(forberedelsesskemaer.startedAt, sql`${after.startedAt}::timestamptz`));
    conditions.push(sql`(${forberedelsesskemaer.startedAt}, ${forberedelsesskemaer.id}) > (${after.startedAt}::timestamptz, ${after.id}::uuid)`);
  }
  // The batch must come from walking the index on started_at, whatever the planner guesses:
  // without statistics (the embedded database is never analysed) it sorts every draft for each
  // batch, and with them PostgreSQL plans parallel workers to sort most of them — for 1000 of
  // a million drafts 250 ms, against 8 ms for the walk. Only this transaction is affected.
  await tx.execute(sql`set local enable_sort = off`);
  await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
  return tx
    .select({ id: forberedelsesskemaer.id, startedAt: sql<string>`${forberedelsesskemaer.startedAt}::text` })
    .from(forberedelsesskemaer)
    .innerJoin(citizens, eq(citizens.id, forberedelsesskemaer.citizenId))
    .where(and(...conditions))
    .orderBy(asc(forberedelsesskemaer.startedAt), asc(forberedelsesskemaer.id))
    .limit(limit);
}

/** What a purge did: `deleted` drafts, found in `batches` batches; a dry run deletes none and says how many it would (`wouldDelete`). */
export type PurgeCounts = {
  deleted: number;
  wouldDelete?: number;
  batches: number;
};

/**
 * Deletes every unfinished preparation questionnaire that has expired at `now` (R3.1): 6
 * calendar months after `started_at` in Danish time, 10 years when the citizen's contact group
 * is ressourceforløb. Submitted questionnaires are never touched. Works in batches of
 * `batchSize` drafts (default 1000), each read and deleted in a short transaction of its own,
 * until none is left; `batches` counts the batches that found drafts. Idempotent: a second run
 * at the same `now` deletes nothing. With `dryRun` it deletes nothing and returns the number it would delete as
 * `wouldDelete`. Logs the counts only (never who or what). Throws what the database throws; a
 * failed run has deleted whole batches only, and the next run finishes the work.
 */
export async function purgeExpiredDrafts({
  now = new Date(),
  dryRun = false,
  batchSize = PURGE_BATCH_SIZE,
}: { now?: Date; dryRun?: boolean; batchSize?: number } = {}): Promise<PurgeCounts> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a whole number of at least 1");
  const started = performance.now();
  let cursor: Cursor | undefined;
  let found = 0;
  let deleted = 0;
  let batches = 0;
  for (;;) {
    // One short transaction per batch: it reads the batch and deletes it.
    const { drafts, gone } = await db().transaction(async (tx) => {
      const batch = await nextExpiredDrafts(tx, { now, after: cursor, limit: batchSize });
      if (dryRun || batch.length === 0) return { drafts: batch, gone: 0 };
      // Still a draft: one submitted since it was read is kept.
      const removed = await tx
        .delete(forberedelsesskemaer)
        .where(
          and(
            inArray(
              forberedelsesskemaer.id,
              batch.map((draft) => draft.id),
            ),
            isNull(forberedelsesskemaer.submittedAt),
          ),
        )
        .returning({ id: forberedelsesskemaer.id });
      return { drafts: batch, gone: removed.length };
    });
    deleted += gone;
    if (drafts.length === 0) break;
    batches++;
    found += drafts.length;
    cursor = drafts[drafts.length - 1];
    if (drafts.length < batchSize) break;
  }
  const counts: PurgeCounts = dryRun ? { deleted: 0, wouldDelete: found, batches } : { deleted, batches };
  log.info("forberedelsesskema_purge", { dryRun, ...counts, seconds: Number(((performance.now() - started) / 1000).toFixed(3)) });
  return counts;
}
