import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, citizens, contactPersons, staff, sygdomReports } from "@/db/schema";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { testDatabaseKind, withFreshDatabase } from "@/tests/support/database";
import { toDateParts, type DateParts } from "@/lib/date-parts";
import { formMessagesNamespace } from "@/lib/form-messages";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { danishToday, earliestReportDay, readSygdomDay, shiftDays, sygdomDayError, SYGDOM_DAYS_BACK } from "./days";
import { reportSygdom, SygdomReportRefusedError } from "./mutations";
import { getSygdomReceipt, getSygdomReportBySubmissionKey, getSygdomStatus, mayGetDagpenge, readSygdomReportsForCaseworker } from "./queries";
import { confirmSygdomSchema, sygdomDaySchema, sygdomDaySchemaOn } from "./schema";
import { refusalFor, statusFrom } from "./state";

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffId(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}
const reportsOf = (id: string) => db().select().from(sygdomReports).where(eq(sygdomReports.citizenId, id));
const today = () => danishToday();

/** The first message key the day form's schema gives for `fromDay` typed in the three fields, and the field, or null when it passes. */
function dayProblem(kind: string, fromDay: string | Partial<DateParts>, schema = sygdomDaySchema): string | null {
  const parts = typeof fromDay === "string" ? toDateParts(fromDay) : fromDay;
  const parsed = schema.safeParse({ kind, ...parts });
  return parsed.success ? null : `${String(parsed.error.issues[0].path[0])}:${parsed.error.issues[0].message}`;
}

describe("the day of a sick or well report", () => {
  test("R4.2 R1.7 today and up to 7 days back are accepted as day, month and year; a future day, an older day, a day that does not exist, a part missing or nothing are refused", () => {
    for (const kind of ["syg", "rask"]) {
      expect(dayProblem(kind, today())).toBeNull();
      expect(dayProblem(kind, shiftDays(today(), -SYGDOM_DAYS_BACK))).toBeNull();
      const parts = toDateParts(today());
      expect(dayProblem(kind, { day: ` ${parts.day} `, month: `0${parts.month}`.slice(-2), year: parts.year })).toBeNull();
      expect(dayProblem(kind, shiftDays(today(), 1))).toBe("day:dateInFuture");
      expect(dayProblem(kind, shiftDays(today(), -SYGDOM_DAYS_BACK - 1))).toBe("day:dateTooEarly");
      expect(dayProblem(kind, { day: "30", month: "2", year: "2026" })).toBe("day:dateInvalid");
      expect(dayProblem(kind, { day: "1.", month: "december", year: "2026" })).toBe("day:dateInvalid");
      expect(dayProblem(kind, { day: "1", year: "2026" })).toBe("month:dateIncomplete");
      expect(dayProblem(kind, { day: "", month: "", year: "" })).toBe("day:dateMissing");
      expect(dayProblem(kind, {})).toBe("day:dateMissing");
      expect(dayProblem(kind, { day: "1\u0000", month: "12", year: "2026" })).toBe("day:textInvalid");
    }
    expect(dayProblem("ferie", today())).toBe("kind:kindMissing");
  });

  test("R4.2 R1.7 the browser's check counts from the day the server gave it, not from the device's clock", () => {
    const onServerDay = sygdomDaySchemaOn(() => "2026-03-27");
    expect(dayProblem("syg", "2026-03-27", onServerDay)).toBeNull();
    expect(dayProblem("syg", "2026-03-20", onServerDay)).toBeNull();
    expect(dayProblem("syg", "2026-03-28", onServerDay)).toBe("day:dateInFuture");
    expect(dayProblem("syg", "2026-03-19", onServerDay)).toBe("day:dateTooEarly");
    // Its messages are under the same namespace as the action's schema's.
    expect(formMessagesNamespace(onServerDay)).toBe("sygdom.errors");
  });

  test("R4.2 the day a confirmation page carries is checked again against today", () => {
    expect(sygdomDayError(today(), today())).toBeNull();
    expect(sygdomDayError(shiftDays(today(), -SYGDOM_DAYS_BACK - 1), today())).toBe("dateTooEarly");
    expect(sygdomDayError(shiftDays(today(), 1), today())).toBe("dateInFuture");
    expect(readSygdomDay(toDateParts("2026-03-20"), "2026-03-27")).toEqual({ fromDay: "2026-03-20" });
  });

  test("R4.2 the confirmation's submission key must be a uuid, and its day a real one", () => {
    expect(confirmSygdomSchema.safeParse({ kind: "syg", fromDay: today(), submissionKey: randomUUID() }).success).toBe(true);
    const parsed = confirmSygdomSchema.safeParse({ kind: "syg", fromDay: today(), submissionKey: "1" });
    expect(parsed.success ? null : parsed.error.issues[0].message).toBe("submissionKeyInvalid");
    const day = confirmSygdomSchema.safeParse({ kind: "syg", fromDay: "2026-02-30", submissionKey: randomUUID() });
    expect(day.success ? null : day.error.issues[0].message).toBe("dateInvalid");
  });

  test("R1.7 the message about a day too far back says the number of days the rule allows, in both languages", () => {
    for (const messages of [da, en]) {
      expect(messages.sygdom.errors.dateTooEarly).toContain("{days}");
      expect(messages.sygdom.errors.dateTooEarly).not.toMatch(/\d/);
    }
  });

  test("R4.2 days are counted across months and years", () => {
    expect(shiftDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDays("2027-01-03", -7)).toBe("2026-12-27");
    expect(earliestReportDay("2026-12-01")).toBe("2026-11-24");
  });
});

describe("the status rules", () => {
  test("R4.2 the latest report wins; a well report on the sick day ends the sickness; reports never overlap", () => {
    expect(statusFrom(null)).toEqual({ sick: false, wellSince: null });
    expect(statusFrom({ kind: "syg", fromDay: "2026-12-01" })).toEqual({ sick: true, since: "2026-12-01" });
    expect(statusFrom({ kind: "rask", fromDay: "2026-12-03" })).toEqual({ sick: false, wellSince: "2026-12-03" });
    const sick = statusFrom({ kind: "syg", fromDay: "2026-12-01" });
    const well = statusFrom({ kind: "rask", fromDay: "2026-12-03" });
    expect(refusalFor(sick, { kind: "syg", fromDay: "2026-12-02" })).toBe("alreadySick");
    expect(refusalFor(well, { kind: "rask", fromDay: "2026-12-04" })).toBe("notSick");
    expect(refusalFor(statusFrom(null), { kind: "rask", fromDay: "2026-12-04" })).toBe("notSick");
    expect(refusalFor(sick, { kind: "rask", fromDay: "2026-11-30" })).toBe("beforeSickDay");
    expect(refusalFor(sick, { kind: "rask", fromDay: "2026-12-01" })).toBeNull();
    expect(refusalFor(well, { kind: "syg", fromDay: "2026-12-02" })).toBe("beforeWellDay");
    expect(refusalFor(well, { kind: "syg", fromDay: "2026-12-03" })).toBeNull();
    expect(refusalFor(statusFrom(null), { kind: "syg", fromDay: "2026-11-01" })).toBeNull();
  });
});

describe("the citizen's own reports", () => {
  test("R4.2 a sick report makes the citizen sick from that day, with a receipt; a well report the same day ends it", async () => {
    const anna = await citizenId("Anna Andersen");
    expect(await getSygdomStatus({ citizenId: anna })).toEqual({ sick: false, wellSince: null });

    const sick = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    expect(sick).toMatchObject({ kind: "syg", created: true });
    expect(sick.reference).toMatch(/^SY-[2-9A-HJ-NP-Z]{8}$/);
    expect(await getSygdomStatus({ citizenId: anna })).toEqual({ sick: true, since: today() });
    const receipt = await getSygdomReceipt({ citizenId: anna, reference: sick.reference });
    expect(receipt).toMatchObject({ reference: sick.reference, kind: "syg", fromDay: today() });
    expect(receipt!.receivedAt).toBeInstanceOf(Date);

    const well = await reportSygdom({ citizenId: anna, kind: "rask", fromDay: today(), submissionKey: randomUUID() });
    expect(well.reference).toMatch(/^RA-/);
    expect(await getSygdomStatus({ citizenId: anna })).toEqual({ sick: false, wellSince: today() });
    // Sick again later the same day: allowed, and the latest report wins.
    await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    expect(await getSygdomStatus({ citizenId: anna })).toEqual({ sick: true, since: today() });
    expect(await reportsOf(anna)).toHaveLength(3);
  });

  test("R4.2 the a-kasse notice is for a citizen who may get dagpenge, as the database has them now: a dagpengemodtager or one with an a-kasse contact", async () => {
    const anna = await citizenId("Anna Andersen");
    await db().update(citizens).set({ contactGroup: "oevrige" }).where(eq(citizens.id, anna));
    await db().delete(contactPersons).where(eq(contactPersons.citizenId, anna));
    expect(await mayGetDagpenge({ citizenId: anna })).toBe(false);
    await db().update(citizens).set({ contactGroup: "dagpengemodtager" }).where(eq(citizens.id, anna));
    expect(await mayGetDagpenge({ citizenId: anna })).toBe(true);
    await db().update(citizens).set({ contactGroup: "oevrige" }).where(eq(citizens.id, anna));
    await db().insert(contactPersons).values({ citizenId: anna, role: "akasse", name: "A-kassen" });
    expect(await mayGetDagpenge({ citizenId: anna })).toBe(true);
  });

  test("R4.2 the report a confirmation page's key made is found by that key, for its own citizen only", async () => {
    const anna = await citizenId("Anna Andersen");
    const bent = await citizenId("Bent Brugerkode");
    const submissionKey = randomUUID();
    expect(await getSygdomReportBySubmissionKey({ citizenId: anna, submissionKey })).toBeNull();
    const { reference } = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey });
    expect(await getSygdomReportBySubmissionKey({ citizenId: anna, submissionKey })).toMatchObject({ kind: "syg", fromDay: today(), reference });
    expect(await getSygdomReportBySubmissionKey({ citizenId: bent, submissionKey })).toBeNull();
  });

  test("R4.2 a sick report while sick, and a well report while well, are refused with 409 and write nothing", async () => {
    const anna = await citizenId("Anna Andersen");
    const wellWhileWell = reportSygdom({ citizenId: anna, kind: "rask", fromDay: today(), submissionKey: randomUUID() });
    await expect(wellWhileWell).rejects.toBeInstanceOf(SygdomReportRefusedError);
    await expect(wellWhileWell).rejects.toMatchObject({ status: 409, messageKey: "sygdom.errors.notSick" });
    await reportSygdom({ citizenId: anna, kind: "syg", fromDay: shiftDays(today(), -2), submissionKey: randomUUID() });
    await expect(reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() })).rejects.toMatchObject({
      status: 409,
      messageKey: "sygdom.errors.alreadySick",
    });
    await expect(reportSygdom({ citizenId: anna, kind: "rask", fromDay: shiftDays(today(), -3), submissionKey: randomUUID() })).rejects.toMatchObject({
      status: 409,
      messageKey: "sygdom.errors.beforeSickDay",
    });
    expect(await reportsOf(anna)).toHaveLength(1);
  });

  test("R4.2 Bekræft pressed twice, or the page sent again after Back, makes one report and gives the same receipt", async () => {
    const anna = await citizenId("Anna Andersen");
    const submissionKey = randomUUID();
    const first = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey });
    const again = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey });
    expect(again).toEqual({ ...first, created: false });
    expect(await reportsOf(anna)).toHaveLength(1);
    // The same key with another day is not the same page: refused, nothing written.
    await expect(reportSygdom({ citizenId: anna, kind: "syg", fromDay: shiftDays(today(), -1), submissionKey })).rejects.toMatchObject({ status: 400 });
    // Another citizen's use of the same key is their own report.
    const bent = await citizenId("Bent Brugerkode");
    expect((await reportSygdom({ citizenId: bent, kind: "syg", fromDay: today(), submissionKey })).created).toBe(true);
    expect(await reportsOf(anna)).toHaveLength(1);
  });

  test("R4.2 two confirmation pages (two tabs) make one sick report: the second is refused, as the citizen is already sick", async () => {
    const anna = await citizenId("Anna Andersen");
    await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    await expect(reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() })).rejects.toBeInstanceOf(
      SygdomReportRefusedError,
    );
    expect(await reportsOf(anna)).toHaveLength(1);
  });

  test.skipIf(testDatabaseKind !== "postgres")("R4.2 Bekræft sent many times at once, from one page and from several, makes exactly one report", async () => {
    const anna = await citizenId("Anna Andersen");
    const submissionKey = randomUUID();
    const samePage = await Promise.allSettled(Array.from({ length: 8 }, () => reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey })));
    expect(samePage.every((outcome) => outcome.status === "fulfilled")).toBe(true);
    const references = new Set(samePage.map((outcome) => (outcome as PromiseFulfilledResult<{ reference: string }>).value.reference));
    expect(references.size).toBe(1);
    expect(await reportsOf(anna)).toHaveLength(1);

    const bent = await citizenId("Bent Brugerkode");
    const tabs = await Promise.allSettled(
      Array.from({ length: 8 }, () => reportSygdom({ citizenId: bent, kind: "syg", fromDay: today(), submissionKey: randomUUID() })),
    );
    expect(tabs.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of tabs.filter((outcome) => outcome.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(SygdomReportRefusedError);
    }
    expect(await reportsOf(bent)).toHaveLength(1);
  });

  test("R4.2 a sick and a well report sent at once are made one after the other: the latest decides the status", async () => {
    const anna = await citizenId("Anna Andersen");
    await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    const [well, sickAgain] = await Promise.allSettled([
      reportSygdom({ citizenId: anna, kind: "rask", fromDay: today(), submissionKey: randomUUID() }),
      reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() }),
    ]);
    // Whatever order they ran in, the status follows the reports that were made.
    const made = await reportsOf(anna);
    const latest = made.sort((a, b) => a.sequence - b.sequence).at(-1)!;
    expect(await getSygdomStatus({ citizenId: anna })).toEqual(latest.kind === "syg" ? { sick: true, since: today() } : { sick: false, wellSince: today() });
    expect(well.status).toBe("fulfilled");
    expect(made).toHaveLength(sickAgain.status === "fulfilled" ? 3 : 2);
  });

  test("R4.2 another citizen's receipt is not found, and the attempt is logged without a CPR number; a malformed reference is not looked up", async () => {
    const anna = await citizenId("Anna Andersen");
    const bent = await citizenId("Bent Brugerkode");
    const { reference } = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    expect(await getSygdomReceipt({ citizenId: bent, reference })).toBeNull();
    const denial = warnings.find((line) => line.includes("citizen_access_denied"));
    expect(denial).toContain(`actorId="${bent}"`);
    expect(denial).toContain(`citizenId="${anna}"`);
    expect(denial).not.toMatch(/\d{10}/);
    expect(await getSygdomReceipt({ citizenId: anna, reference: "SY-0000" })).toBeNull();
    expect(await getSygdomReceipt({ citizenId: anna, reference: "FS-23456789" })).toBeNull();
  });

  test("R4.2 a report for a citizen that does not exist is not found and writes nothing", async () => {
    await expect(
      reportSygdom({ citizenId: "00000000-0000-4000-8000-000000000000", kind: "syg", fromDay: today(), submissionKey: randomUUID() }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db().select().from(sygdomReports)).toEqual([]);
  });
});

describe("the caseworker's view", () => {
  test("R4.2 Jens Jobcenter reads a København citizen's reports, newest first, and the read is audit-logged", async () => {
    const anna = await citizenId("Anna Andersen");
    await reportSygdom({ citizenId: anna, kind: "syg", fromDay: shiftDays(today(), -1), submissionKey: randomUUID() });
    await reportSygdom({ citizenId: anna, kind: "rask", fromDay: today(), submissionKey: randomUUID() });
    const viewer = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    const { status, reports } = await readSygdomReportsForCaseworker({ citizenId: anna, viewer });
    expect(status).toEqual({ sick: false, wellSince: today() });
    expect(reports.map((report) => report.kind)).toEqual(["rask", "syg"]);
    const reads = await db().select().from(auditLog).where(eq(auditLog.action, "sygdom.read"));
    expect(reads).toMatchObject([{ actorId: viewer.id, subjectCitizenId: anna }]);
  });

  test("R4.2 Jens Jobcenter cannot read an Aarhus citizen's reports: refused, logged, nothing audit-logged as read", async () => {
    const henrik = await citizenId("Henrik Hansen");
    await reportSygdom({ citizenId: henrik, kind: "syg", fromDay: today(), submissionKey: randomUUID() });
    const viewer = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    await expect(readSygdomReportsForCaseworker({ citizenId: henrik, viewer })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect(warnings.some((line) => line.includes("citizen_access_denied") && line.includes(henrik))).toBe(true);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "sygdom.read"))).toEqual([]);
  });
});
