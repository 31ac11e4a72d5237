import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, citizens, contactGroup, forberedelsesskemaer, staff, type ContactGroup } from "@/db/schema";
import { AppError, ConflictError, ForbiddenError } from "@/lib/errors";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import { isReceiptReference } from "@/lib/receipts/reference";
import { withFreshDatabase } from "@/tests/support/database";
import { mayAnswerForberedelsesskema } from "./eligibility";
import { saveAnswer, submitForberedelsesskema } from "./mutations";
import { answeredCount, nextQuestionNumber } from "./progress";
import { getForberedelsesskema, getForberedelsesskemaReceipt, readSubmittedForberedelsesskema } from "./queries";
import { questions } from "./questions";
import { answerSchema } from "./schema";

const { db } = withFreshDatabase({ seed: true });

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}
async function staffId(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}

/** Answers every question with its first option, or `upTo` of them. */
async function answerAll(id: string, upTo: number = questions.length) {
  for (const question of questions.slice(0, upTo)) await saveAnswer({ citizenId: id, questionId: question.id, option: question.options[0] });
}

describe("the preparation questionnaire's answers", () => {
  test("R3.1 the first answer starts the draft; answers are saved as the citizen goes, and a citizen coming back continues at the first unanswered question", async () => {
    const anna = await citizenId("Anna Andersen");
    expect(await getForberedelsesskema({ citizenId: anna })).toBeNull();
    const startedAt = new Date("2026-03-01T10:00:00Z");
    await saveAnswer({ citizenId: anna, questionId: "forventet-job", option: "ved-ikke", now: startedAt });
    await saveAnswer({ citizenId: anna, questionId: "ansoegninger", option: "1-5" });
    await saveAnswer({ citizenId: anna, questionId: "forventet-job", option: "3-6-maaneder" });
    const draft = await getForberedelsesskema({ citizenId: anna });
    expect(draft?.answers).toEqual({ "forventet-job": "3-6-maaneder", ansoegninger: "1-5" });
    expect(draft?.startedAt).toEqual(startedAt);
    expect(draft?.submittedAt).toBeNull();
    expect(answeredCount(draft!.answers)).toBe(2);
    expect(nextQuestionNumber(draft!.answers)).toBe(3);
  });

  test("R3.1 X4 every question accepts exactly its own options, in the form's schema and in the data function", async () => {
    const anna = await citizenId("Anna Andersen");
    const all = new Set(questions.flatMap((question) => question.options as readonly string[]));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: questions.length }), fc.oneof(fc.string(), fc.constantFrom(...all)), (number, answer) => {
        const own = (questions[number - 1].options as readonly string[]).includes(answer);
        expect(answerSchema.safeParse({ question: String(number), answer }).success).toBe(own);
      }),
    );
    for (const question of questions) {
      const foreign = [...all].find((option) => !(question.options as readonly string[]).includes(option))!;
      await expect(saveAnswer({ citizenId: anna, questionId: question.id, option: foreign })).rejects.toBeInstanceOf(AppError);
    }
    expect(await getForberedelsesskema({ citizenId: anna })).toBeNull();
    for (const question of ["0", "11", "x", "-1", "1.5"]) expect(answerSchema.safeParse({ question, answer: "ved-ikke" }).success).toBe(false);
  });

  test("R3.1 only dagpengemodtagere, kontanthjælps- and uddannelseshjælpsmodtagere and citizens in ressourceforløb may answer", async () => {
    const carl = await citizenId("Carl Ny");
    for (const group of contactGroup.enumValues as readonly ContactGroup[]) {
      await db().update(citizens).set({ contactGroup: group }).where(eq(citizens.id, carl));
      const saving = saveAnswer({ citizenId: carl, questionId: "cv", option: "delvist" });
      if (mayAnswerForberedelsesskema(group)) await expect(saving).resolves.toBeUndefined();
      else await expect(saving).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect([...contactGroup.enumValues].filter((group) => mayAnswerForberedelsesskema(group)).sort()).toEqual(
      ["dagpengemodtager", "kontanthjaelpsmodtager", "ressourceforloeb", "uddannelseshjaelpsmodtager"].sort(),
    );
  });

  test("R3.1 it is sent only with every question answered; sent, it gets a receipt and can no longer change", async () => {
    const anna = await citizenId("Anna Andersen");
    await expect(submitForberedelsesskema({ citizenId: anna })).rejects.toMatchObject({ status: 422 });
    await answerAll(anna, 9);
    await expect(submitForberedelsesskema({ citizenId: anna })).rejects.toMatchObject({ status: 422, messageKey: "forberedelsesskema.errors.notAllAnswered" });
    await answerAll(anna);
    const sentAt = new Date("2026-04-02T08:30:00Z");
    const { reference } = await submitForberedelsesskema({ citizenId: anna, now: sentAt });
    expect(isReceiptReference("forberedelsesskema", reference)).toBe(true);

    await expect(saveAnswer({ citizenId: anna, questionId: "cv", option: "intet-cv" })).rejects.toBeInstanceOf(ConflictError);
    await expect(submitForberedelsesskema({ citizenId: anna })).rejects.toBeInstanceOf(ConflictError);
    const receipt = await getForberedelsesskemaReceipt({ citizenId: anna });
    expect(receipt).toEqual({ reference, receivedAt: sentAt, answers: Object.fromEntries(questions.map((question) => [question.id, question.options[0]])) });
  });

  test("R3.1 no risk score or statistical assessment is stored: the table holds the answers and their times, and no column anywhere scores a citizen", async () => {
    type Column = { table_name: string; column_name: string };
    const result: unknown = await db().execute(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
    );
    // PGlite answers { rows }, postgres.js the rows themselves.
    const rows = (Array.isArray(result) ? result : (result as { rows: Column[] }).rows) as Column[];
    expect(rows.filter((row) => row.table_name === "forberedelsesskemaer").map((row) => row.column_name)).toEqual([
      "id",
      "citizen_id",
      "answers",
      "started_at",
      "updated_at",
      "submitted_at",
      "reference",
    ]);
    expect(rows.filter((row) => /risk|score|vurdering|assessment|profilafklaring|probability|sandsynlighed/i.test(row.column_name))).toEqual([]);
  });
});

describe("the caseworker reads the submitted answers", () => {
  test("R3.1 X5 the citizen's caseworker reads the submitted answers, and every read is in the audit log; a draft is not shown", async () => {
    const anna = await citizenId("Anna Andersen");
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    const reads = async () => (await db().select().from(auditLog).where(eq(auditLog.action, "forberedelsesskema.read"))).length;

    await answerAll(anna, 4);
    expect(await readSubmittedForberedelsesskema({ citizenId: anna, viewer: jens })).toBeNull();
    expect(await reads()).toBe(0);

    await answerAll(anna);
    const { reference } = await submitForberedelsesskema({ citizenId: anna });
    const read = await readSubmittedForberedelsesskema({ citizenId: anna, viewer: jens });
    expect(read?.reference).toBe(reference);
    expect(Object.keys(read!.answers)).toHaveLength(questions.length);
    await readSubmittedForberedelsesskema({ citizenId: anna, viewer: jens });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "forberedelsesskema.read"));
    expect(await reads()).toBe(2);
    expect(entry).toMatchObject({ actorKind: "staff", actorId: jens.id, subjectCitizenId: anna });
  });

  test("R3.1 X5 a caseworker of another jobcenter cannot read them, and nothing is logged as read", async () => {
    const henrik = await citizenId("Henrik Hansen");
    await answerAll(henrik);
    await submitForberedelsesskema({ citizenId: henrik });
    const jens = { kind: "staff" as const, id: await staffId("Jens Jobcenter") };
    await expect(readSubmittedForberedelsesskema({ citizenId: henrik, viewer: jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "forberedelsesskema.read"))).toEqual([]);
  });

  test("R3.1 the demo data: Frida's and Ida's drafts were started 7 months ago and are not sent", async () => {
    for (const name of ["Frida Ressource", "Ida Iversen"]) {
      const draft = await getForberedelsesskema({ citizenId: await citizenId(name) });
      expect(draft?.submittedAt).toBeNull();
      const months = (Date.now() - draft!.startedAt.getTime()) / (30.44 * 24 * 3600 * 1000);
      expect(months).toBeGreaterThan(6.5);
      expect(months).toBeLessThan(7.5);
    }
    expect(await db().select().from(forberedelsesskemaer)).toHaveLength(2);
  });
});

describe("the question page's form", () => {
  test("R3.1 X4 a question number that is no question is refused as such, not as a missing answer", () => {
    for (const question of ["0", "11", "-1", "", "1e20", "x"]) {
      const result = answerSchema.safeParse({ question, answer: "ved-ikke" });
      expect(result.success).toBe(false);
      expect(new Set(result.error!.issues.map((issue) => issue.path[0]))).toEqual(new Set(["question"]));
    }
    expect(answerSchema.safeParse({ question: "1", answer: "" }).error!.issues.every((issue) => issue.path[0] === "answer")).toBe(true);
  });
});
