import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens, sygdomReports, type SygdomKind } from "@/db/schema";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { insertWithFreshReference } from "@/lib/receipts/fresh-reference";
import { latestReportOf, reportBySubmissionKey } from "./reports";
import { refusalFor, statusFrom } from "./state";

/** A report that cannot follow the citizen's status (lib/sygdom/state.ts `refusalFor`): 409, with the reason's message. */
export class SygdomReportRefusedError extends ConflictError {
  constructor(readonly reason: NonNullable<ReturnType<typeof refusalFor>>) {
    super(`sygdom.errors.${reason}`, `sygdom report refused: ${reason}`);
  }
}

/**
 * Makes the citizen's sick (`syg`) or well (`rask`) report from `fromDay` (R4.2) — the one
 * write of `Meld syg/rask`, done when the citizen presses `Bekræft`. In one transaction that
 * first locks the citizen's row, so two reports of one citizen are made one after the other:
 *
 * - a report already made with this `submissionKey` (`Bekræft` pressed twice, the page sent
 *   again after Back, two requests at once) is returned as it is, and nothing new is made;
 * - otherwise the report must follow the citizen's status (SygdomReportRefusedError, 409): no
 *   sick report while sick, no well report while well, no day before the period it ends or follows.
 *
 * The day was checked against today by the form's schema. Returns the report's reference and
 * whether this call made it.
 */
export async function reportSygdom({
  citizenId,
  kind,
  fromDay,
  submissionKey,
  now = new Date(),
}: {
  citizenId: string;
  kind: SygdomKind;
  fromDay: string;
  submissionKey: string;
  now?: Date;
}): Promise<{ reference: string; kind: SygdomKind; created: boolean }> {
  return db().transaction(async (tx) => {
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId)).for("update");
    if (!citizen) throw new NotFoundError("citizen");
    const earlier = await reportBySubmissionKey(tx, { citizenId, submissionKey });
    if (earlier) {
      // The same page sent again: the report it made stands. A key sent with another day or kind was tampered with.
      if (earlier.kind !== kind || earlier.fromDay !== fromDay) throw new AppError(400, "sygdom.errors.invalid", "submission key reused for another report");
      return { reference: earlier.reference, kind: earlier.kind, created: false };
    }
    const refusal = refusalFor(statusFrom(await latestReportOf(tx, citizenId)), { kind, fromDay });
    if (refusal) throw new SygdomReportRefusedError(refusal);
    // A reference another receipt already has is drawn again, not a failed report.
    const reference = await insertWithFreshReference(kind === "syg" ? "sygemelding" : "raskmelding", async (candidate) => {
      const [made] = await tx
        .insert(sygdomReports)
        .values({ citizenId, kind, fromDay, submissionKey, reference: candidate, createdAt: now })
        .onConflictDoNothing({ target: sygdomReports.reference })
        .returning({ reference: sygdomReports.reference });
      return made?.reference;
    });
    return { reference, kind, created: true };
  });
}
