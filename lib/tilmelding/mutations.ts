import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { tilmeldinger, type NewTilmelding } from "@/db/schema";
import { toE164 } from "@/lib/contacts/phone";
import { AppError, ConflictError } from "@/lib/errors";
import { isRealDay } from "@/lib/joblog/days";
import { newReceiptReference } from "@/lib/receipts/reference";
import { isAkasseCode } from "./akasser";
import { normalizeEmail, phoneProblem } from "./contact";
import { danishToday, firstDayBounds, isFirstDayWithinBounds } from "./first-day";
import { unansweredSteps } from "./steps";

type DraftFields = Pick<NewTilmelding, "firstDay" | "akasseMember" | "akasse" | "phone" | "email">;

/**
 * Writes one step's answer to the citizen's draft in `tx`, starting the draft with the first
 * answer. Throws ConflictError once the registration is sent (it can be read, not changed).
 */
async function saveToDraft(tx: Transaction, citizenId: string, fields: Partial<DraftFields>, now: Date): Promise<void> {
  const saved = await tx
    .insert(tilmeldinger)
    .values({ citizenId, ...fields, startedAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: tilmeldinger.citizenId, set: { ...fields, updatedAt: now }, setWhere: eq(tilmeldinger.status, "draft") })
    .returning({ id: tilmeldinger.id });
  if (saved.length === 0) throw new ConflictError("tilmelding.errors.alreadySent", "already sent");
}

/**
 * Saves the first day of unemployment (`yyyy-mm-dd`) to the citizen's own draft. The day must be
 * a real date no more than 14 days back and 3 months ahead of `now` in Denmark (AppError 400
 * otherwise); ConflictError once sent.
 */
export async function saveTilmeldingFirstDay({ citizenId, firstDay, now = new Date() }: { citizenId: string; firstDay: string; now?: Date }): Promise<void> {
  const { earliest, latest } = firstDayBounds(danishToday(now));
  if (!isRealDay(firstDay)) throw new AppError(400, "tilmelding.errors.firstDayInvalid", "not a date");
  if (firstDay < earliest) throw new AppError(400, "tilmelding.errors.firstDayTooEarly", "first day too early");
  if (firstDay > latest) throw new AppError(400, "tilmelding.errors.firstDayTooLate", "first day too late");
  await db().transaction((tx) => saveToDraft(tx, citizenId, { firstDay }, now));
}

/**
 * Saves a-kasse membership to the citizen's own draft: a member names an a-kasse on the list
 * (AppError 400 otherwise); a non-member's a-kasse is cleared. ConflictError once sent.
 */
export async function saveTilmeldingAkasse({
  citizenId,
  member,
  akasse,
  now = new Date(),
}: {
  citizenId: string;
  member: boolean;
  akasse: string | null;
  now?: Date;
}): Promise<void> {
  if (member && !isAkasseCode(akasse)) throw new AppError(400, "tilmelding.errors.akasseMissing", "not an a-kasse on the list");
  await db().transaction((tx) => saveToDraft(tx, citizenId, { akasseMember: member, akasse: member ? akasse : null }, now));
}

/**
 * Saves how the jobcenter can reach the citizen to their own draft: a phone number (stored as
 * E.164; one with an extension is refused) and an e-mail address (its domain stored in lower
 * case), at least one (AppError 400 otherwise). ConflictError once sent.
 */
export async function saveTilmeldingContact({
  citizenId,
  phone,
  email,
  now = new Date(),
}: {
  citizenId: string;
  phone: string;
  email: string;
  now?: Date;
}): Promise<void> {
  if (!phone && !email) throw new AppError(400, "tilmelding.errors.contactMissing", "no way to reach the citizen");
  const problem = phone ? phoneProblem(phone) : null;
  if (problem) throw new AppError(400, `tilmelding.errors.${problem}`, "not a phone number without extension");
  const stored = email ? normalizeEmail(email) : null;
  if (email && !stored) throw new AppError(400, "tilmelding.errors.emailInvalid", "not an e-mail address");
  const e164 = phone ? toE164(phone) : null;
  await db().transaction((tx) => saveToDraft(tx, citizenId, { phone: e164, email: stored }, now));
}

/**
 * `Send`: marks the citizen's own draft sent, with `sent_at` and the receipt's reference, and
 * returns the reference. Idempotent: a registration already sent (a double click, a second tab)
 * returns its reference and changes nothing. AppError 422 while a step is unanswered or there
 * is no draft, and while the saved first day is no longer within the bounds on `now` (a draft
 * saved at the edge and sent days later). The row is locked while it is read, so two sends at
 * once make one registration.
 */
export async function sendTilmelding({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<{ reference: string; alreadySent: boolean }> {
  return db().transaction(async (tx) => {
    const [draft] = await tx.select().from(tilmeldinger).where(eq(tilmeldinger.citizenId, citizenId)).for("update");
    if (draft?.status === "sent" && draft.reference) return { reference: draft.reference, alreadySent: true };
    if (!draft || unansweredSteps(draft).length > 0) throw new AppError(422, "tilmelding.errors.notComplete", "a step is unanswered");
    if (!isFirstDayWithinBounds(draft.firstDay!, danishToday(now))) {
      throw new AppError(422, "tilmelding.errors.firstDayOutOfBounds", "the saved first day is no longer within the bounds");
    }
    const reference = newReceiptReference("tilmelding");
    await tx
      .update(tilmeldinger)
      .set({ status: "sent", sentAt: now, updatedAt: now, reference })
      .where(and(eq(tilmeldinger.id, draft.id), eq(tilmeldinger.status, "draft")));
    return { reference, alreadySent: false };
  });
}
