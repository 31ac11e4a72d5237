import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sygdomReports, type SygdomKind } from "@/db/schema";

// Reads of the reports inside a caller's transaction, for the data functions in queries.ts and
// mutations.ts; each takes the citizen id its caller already checked.

/** A report as the citizen's receipt and the caseworker's list show it. */
export interface SygdomReportView {
  kind: SygdomKind;
  fromDay: string;
  reference: string;
  createdAt: Date;
}

export const sygdomReportColumns = {
  kind: sygdomReports.kind,
  fromDay: sygdomReports.fromDay,
  reference: sygdomReports.reference,
  createdAt: sygdomReports.createdAt,
};
const viewColumns = sygdomReportColumns;

/** The citizen's latest report, the one that decides their status; inside a transaction that has locked the citizen, the one that stands. */
export async function latestReportOf(executor: Executor, citizenId: string): Promise<SygdomReportView | null> {
  const [latest] = await executor
    .select(viewColumns)
    .from(sygdomReports)
    .where(eq(sygdomReports.citizenId, citizenId))
    .orderBy(desc(sygdomReports.sequence))
    .limit(1);
  return latest ?? null;
}

/** The report the citizen already made with this submission key, if any. */
export async function reportBySubmissionKey(
  executor: Executor,
  { citizenId, submissionKey }: { citizenId: string; submissionKey: string },
): Promise<(SygdomReportView & { id: string }) | null> {
  const [report] = await executor
    .select({ ...viewColumns, id: sygdomReports.id })
    .from(sygdomReports)
    .where(and(eq(sygdomReports.citizenId, citizenId), eq(sygdomReports.submissionKey, submissionKey)));
  return report ?? null;
}
