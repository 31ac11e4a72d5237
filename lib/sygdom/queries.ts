import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens, contactPersons, sygdomReports, type SygdomKind } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { assertMayReachCitizen } from "@/lib/identity/scope";
import { log } from "@/lib/log";
import { isReceiptReference, type ReceiptFacts } from "@/lib/receipts/reference";
import { latestReportOf, reportBySubmissionKey, sygdomReportColumns as viewColumns, type SygdomReportView } from "./reports";
import { statusFrom, type SygdomStatus } from "./state";

/** Whether the logged-in citizen is registered sick now, and since when (R4.2): their own reports only. */
export async function getSygdomStatus({ citizenId }: { citizenId: string }): Promise<SygdomStatus> {
  return statusFrom(await latestReportOf(db(), citizenId));
}

/**
 * Whether the confirmation page tells the citizen to report to their a-kasse too (R4.2): a
 * dagpengemodtager, or a citizen with an a-kasse among their contact persons, may get dagpenge.
 * Read from the database when the page is made, as the jobcenter has them now.
 */
export async function mayGetDagpenge({ citizenId }: { citizenId: string }): Promise<boolean> {
  const [row] = await db()
    .select({
      dagpenge: sql<boolean>`${citizens.contactGroup} = 'dagpengemodtager' or exists (select 1 from ${contactPersons} where ${and(
        eq(contactPersons.citizenId, citizens.id),
        eq(contactPersons.role, "akasse"),
      )})`,
    })
    .from(citizens)
    .where(eq(citizens.id, citizenId));
  return row?.dagpenge ?? false;
}

/** The report the citizen already made from the confirmation page with this submission key, if any: its kind, day and reference. */
export async function getSygdomReportBySubmissionKey({
  citizenId,
  submissionKey,
}: {
  citizenId: string;
  submissionKey: string;
}): Promise<SygdomReportView | null> {
  const report = await reportBySubmissionKey(db(), { citizenId, submissionKey });
  return report && { kind: report.kind, fromDay: report.fromDay, reference: report.reference, createdAt: report.createdAt };
}

/**
 * The receipt of one of the citizen's own reports (R4.2): the reference, when it was received,
 * what was reported and from which day. Null for a malformed reference (not looked up), an
 * unknown one, or another citizen's — that attempt is logged like every refused reach (who,
 * what, whose citizen id), and the page says not found.
 */
export async function getSygdomReceipt({
  citizenId,
  reference,
}: {
  citizenId: string;
  reference: string;
}): Promise<(ReceiptFacts & { kind: SygdomKind; fromDay: string }) | null> {
  if (!isReceiptReference("sygemelding", reference) && !isReceiptReference("raskmelding", reference)) return null;
  const [report] = await db()
    .select({ ...viewColumns, citizenId: sygdomReports.citizenId })
    .from(sygdomReports)
    .where(eq(sygdomReports.reference, reference));
  if (!report) return null;
  if (report.citizenId !== citizenId) {
    log.warn("citizen_access_denied", { actorKind: "citizen", actorId: citizenId, action: "read_sygdom_receipt", citizenId: report.citizenId });
    return null;
  }
  return { reference: report.reference, receivedAt: report.createdAt, kind: report.kind, fromDay: report.fromDay };
}

/**
 * A citizen's sick and well reports for their caseworker (R4.2), newest first, with the status
 * they add up to: checked for reach (a caseworker their own jobcenter's citizens, support
 * everyone; CitizenOutOfScopeError otherwise), and every read is written to the audit log in
 * the same transaction, as health data deserves.
 */
export async function readSygdomReportsForCaseworker({
  citizenId,
  viewer,
}: {
  citizenId: string;
  viewer: Actor;
}): Promise<{ status: SygdomStatus; reports: SygdomReportView[] }> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: viewer, citizenId, action: "read_sygdom_reports" });
    const reports = await tx.select(viewColumns).from(sygdomReports).where(eq(sygdomReports.citizenId, citizenId)).orderBy(desc(sygdomReports.sequence));
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "sygdom.read", subjectCitizenId: citizenId });
    return { status: statusFrom(reports[0]), reports };
  });
}
