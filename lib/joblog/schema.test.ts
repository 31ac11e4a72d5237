import { describe, expect, test } from "vitest";
import { joblogKind, joblogStatus } from "@/db/schema";
import { citizenMenu } from "@/lib/mit-jobnet/menu";
import { danishToday, shiftYears } from "./days";
import { JOBLOG_KINDS, JOBLOG_STATUSES } from "./options";
import { editJoblogEntrySchema, joblogEntryIdSchema, joblogEntrySchema, saveJobAdSchema } from "./schema";

const today = danishToday();
const valid = {
  title: "Tømrer",
  employer: "Byg & Co",
  street: "Østre Allé 5, 2. th.",
  postcode: "8000",
  city: "Aarhus C",
  appliedOn: today,
  status: "sendt",
  kind: "ansoegning",
  note: "",
};

/** The fields a form with `changes` is refused on, each with its first message. */
function problems(changes: Record<string, unknown>): Record<string, string> {
  const result = joblogEntrySchema.safeParse({ ...valid, ...changes });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]).reverse());
}

describe("the joblog's entry form", () => {
  test("R3.2 an entry with any characters is accepted as written, `<` and `>` included (they are removed on saving, not refused)", () => {
    const written = { ...valid, title: '<b>Tømrer</b> & "Søn"', employer: "  A/S «Ærø» ‏\u202E  ", note: "Line 1\r\nLine 2 👩‍👩‍👧 e\u0301" };
    const result = joblogEntrySchema.parse(written);
    expect(result).toEqual(written);
  });

  test("R3.2 X4 the job and the employer must say something besides `<`, `>` and spaces", () => {
    expect(problems({ title: "" })).toEqual({ title: "titleMissing" });
    expect(problems({ title: "   " })).toEqual({ title: "titleMissing" });
    expect(problems({ title: "<>" })).toEqual({ title: "titleMissing" });
    expect(problems({ title: "< >" })).toEqual({ title: "titleMissing" });
    expect(problems({ employer: "\n" })).toEqual({ employer: "employerMissing" });
    expect(problems({ title: "<b>" })).toEqual({});
  });

  test("R3.2 X4 texts have sensible limits", () => {
    expect(problems({ title: "x".repeat(200), employer: "y".repeat(200), street: "z".repeat(200), city: "c".repeat(100), note: "n".repeat(2000) })).toEqual({});
    expect(problems({ title: "x".repeat(201) })).toEqual({ title: "titleTooLong" });
    expect(problems({ employer: "y".repeat(201) })).toEqual({ employer: "employerTooLong" });
    expect(problems({ street: "z".repeat(201) })).toEqual({ street: "streetTooLong" });
    expect(problems({ city: "c".repeat(101) })).toEqual({ city: "cityTooLong" });
    expect(problems({ note: "n".repeat(2001) })).toEqual({ note: "noteTooLong" });
  });

  test("R3.2 X4 the postcode may be left out; written, it is four digits and a Danish postcode", () => {
    expect(problems({ postcode: "" })).toEqual({});
    expect(problems({ postcode: undefined, street: undefined, city: undefined, note: undefined })).toEqual({});
    expect(joblogEntrySchema.parse({ ...valid, postcode: " 2100 " }).postcode).toBe("2100");
    for (const format of ["800", "80000", "8000a", "DK-8000", "8 000"]) expect(problems({ postcode: format }), format).toEqual({ postcode: "postcodeFormat" });
    for (const unknown of ["0000", "1234", "9999"]) expect(problems({ postcode: unknown }), unknown).toEqual({ postcode: "postcodeUnknown" });
  });

  test("R3.2 X4 the day is a real day written yyyy-mm-dd, no more than 5 years back or 1 year ahead", () => {
    expect(problems({ appliedOn: "" })).toEqual({ appliedOn: "dateMissing" });
    expect(problems({ appliedOn: "2026-02-30" })).toEqual({ appliedOn: "dateInvalid" });
    expect(problems({ appliedOn: "16-03-2026" })).toEqual({ appliedOn: "dateInvalid" });
    expect(problems({ appliedOn: shiftYears(today, -5) })).toEqual({});
    expect(problems({ appliedOn: shiftYears(today, 1) })).toEqual({});
    expect(problems({ appliedOn: shiftYears(today, -6) })).toEqual({ appliedOn: "dateTooEarly" });
    expect(problems({ appliedOn: "0001-01-01" })).toEqual({ appliedOn: "dateTooEarly" });
    expect(problems({ appliedOn: shiftYears(today, 2) })).toEqual({ appliedOn: "dateTooLate" });
    expect(problems({ appliedOn: "9999-12-31" })).toEqual({ appliedOn: "dateTooLate" });
  });

  test("R3.2 X4 how far the citizen has got and how they apply are chosen from the fixed options, which are the database's", () => {
    expect([...JOBLOG_STATUSES]).toEqual(joblogStatus.enumValues);
    expect([...JOBLOG_KINDS]).toEqual(joblogKind.enumValues);
    expect(problems({ status: undefined })).toEqual({ status: "statusMissing" });
    expect(problems({ status: "hired" })).toEqual({ status: "statusMissing" });
    expect(problems({ kind: undefined })).toEqual({ kind: "kindMissing" });
    for (const status of JOBLOG_STATUSES) for (const kind of JOBLOG_KINDS) expect(problems({ status, kind })).toEqual({});
  });

  test("R3.2 X4 changing, deleting and undoing name an entry by its id; Gem i joblog names an ad by its number", () => {
    const entryId = "6f1c2b1e-4f6a-4c36-9d6b-1b2a3c4d5e6f";
    expect(editJoblogEntrySchema.parse({ ...valid, entryId, version: "3" })).toMatchObject({ entryId, version: 3 });
    expect(editJoblogEntrySchema.safeParse({ ...valid, entryId: "x", version: "3" }).success).toBe(false);
    expect(editJoblogEntrySchema.safeParse({ ...valid, entryId, version: "0" }).success).toBe(false);
    expect(joblogEntryIdSchema.safeParse({ entryId }).success).toBe(true);
    expect(joblogEntryIdSchema.safeParse({ entryId: "'; drop table joblog_entries; --" }).success).toBe(false);
    expect(saveJobAdSchema.parse({ jobAdId: "42" })).toEqual({ jobAdId: 42 });
    for (const bad of ["", "0", "-1", "1.5", "x", "99999999999"]) expect(saveJobAdSchema.safeParse({ jobAdId: bad }).success, bad).toBe(false);
  });
});

test("R3.2 the Mit Jobnet menu lists the joblog after Find job", () => {
  const paths = citizenMenu.map((item) => item.path);
  expect(paths.indexOf("/joblog")).toBe(paths.indexOf("/job") + 1);
  expect(citizenMenu.find((item) => item.path === "/joblog")).toEqual({ path: "/joblog", label: "joblog" });
});
