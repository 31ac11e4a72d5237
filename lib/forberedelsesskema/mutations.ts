import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
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
