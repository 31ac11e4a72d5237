import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, addMonths, danishToday, firstDayBounds, readFirstDay, toDateParts } from "./first-day";
import { firstDaySchema } from "./schema";

const parts = (day: string) => toDateParts(day);

describe("the first day of unemployment", () => {
  test("R1.7 X4 the bounds: no more than 14 days back and no more than 3 calendar months ahead, both days included", () => {
    const today = "2026-03-27";
    expect(firstDayBounds(today)).toEqual({ earliest: "2026-03-13", latest: "2026-06-27" });
    expect(readFirstDay(parts("2026-03-13"), today)).toEqual({ firstDay: "2026-03-13" });
    expect(readFirstDay(parts("2026-03-12"), today)).toEqual({ error: "firstDayTooEarly", field: "day" });
    expect(readFirstDay(parts("2026-06-27"), today)).toEqual({ firstDay: "2026-06-27" });
    expect(readFirstDay(parts("2026-06-28"), today)).toEqual({ error: "firstDayTooLate", field: "day" });
    expect(readFirstDay(parts(today), today)).toEqual({ firstDay: today });
  });

  test("R1.7 X4 across month and year ends, leap days and short months", () => {
    expect(firstDayBounds("2026-01-05")).toEqual({ earliest: "2025-12-22", latest: "2026-04-05" });
    expect(firstDayBounds("2025-11-30")).toEqual({ earliest: "2025-11-16", latest: "2026-02-28" });
    expect(firstDayBounds("2027-11-30")).toEqual({ earliest: "2027-11-16", latest: "2028-02-29" });
    expect(firstDayBounds("2026-03-10").earliest).toBe("2026-02-24");
    expect(readFirstDay({ day: "29", month: "2", year: "2026" }, "2026-02-20")).toEqual({ error: "firstDayInvalid", field: "day" });
    expect(readFirstDay({ day: "29", month: "2", year: "2028" }, "2028-02-20")).toEqual({ firstDay: "2028-02-29" });
    expect(readFirstDay({ day: "31", month: "4", year: "2026" }, "2026-04-20")).toEqual({ error: "firstDayInvalid", field: "day" });
  });

  test("R1.7 X4 what is typed: empty, a part missing, not numbers, and spaces around", () => {
    const today = "2026-03-27";
    expect(readFirstDay({ day: "", month: "", year: "" }, today)).toEqual({ error: "firstDayMissing", field: "day" });
    expect(readFirstDay({ day: "27", month: "", year: "2026" }, today)).toEqual({ error: "firstDayIncomplete", field: "month" });
    expect(readFirstDay({ day: "27", month: "3", year: " " }, today)).toEqual({ error: "firstDayIncomplete", field: "year" });
    expect(readFirstDay({ day: "", month: "3", year: "2026" }, today)).toEqual({ error: "firstDayIncomplete", field: "day" });
    for (const bad of [
      { day: "x", month: "3", year: "2026" },
      { day: "27", month: "13", year: "2026" },
      { day: "0", month: "3", year: "2026" },
      { day: "27", month: "3", year: "26" },
      { day: "1.5", month: "3", year: "2026" },
      { day: "-1", month: "3", year: "2026" },
      { day: "270", month: "3", year: "2026" },
    ]) {
      expect(readFirstDay(bad, today), JSON.stringify(bad)).toEqual({ error: "firstDayInvalid", field: "day" });
    }
    expect(readFirstDay({ day: " 01 ", month: "03 ", year: " 2026" }, today)).toEqual({ error: "firstDayTooEarly", field: "day" });
    expect(readFirstDay({ day: " 27 ", month: "03 ", year: " 2026" }, today)).toEqual({ firstDay: "2026-03-27" });
  });

  test("R1.7 X4 property: any real date is accepted exactly when it lies within the bounds, and is read back as typed", () => {
    const day = fc
      .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (today, offset) => {
        const candidate = addDays(today, offset);
        const { earliest, latest } = firstDayBounds(today);
        const read = readFirstDay(toDateParts(candidate), today);
        const within = candidate >= earliest && candidate <= latest;
        expect("firstDay" in read).toBe(within);
        if (within) expect(read).toEqual({ firstDay: candidate });
        else expect(read).toEqual({ error: candidate < earliest ? "firstDayTooEarly" : "firstDayTooLate", field: "day" });
        // 3 calendar months are 89 to 92 days.
        const ahead = (Date.parse(latest) - Date.parse(today)) / 86_400_000;
        expect(ahead).toBeGreaterThanOrEqual(89);
        expect(ahead).toBeLessThanOrEqual(92);
      }),
    );
  });

  test("R1.7 X4 property: day/month/year that make no calendar date are refused as such, never as out of bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 2000, max: 2100 }), (d, m, y) => {
        const real = m <= 12 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        const read = readFirstDay({ day: String(d), month: String(m), year: String(y) }, `${y}-01-15`);
        if (!real) expect(read).toEqual({ error: "firstDayInvalid", field: "day" });
        else expect("error" in read && read.error === "firstDayInvalid").toBe(false);
      }),
    );
  });

  test("R1.7 addMonths keeps the day, or the month's last day where it has none", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-10-31", 3)).toBe("2027-01-31");
    expect(addMonths("2026-12-15", 3)).toBe("2027-03-15");
  });

  test("R1.7 X4 the form's schema checks against today in Denmark and points at the field at fault", () => {
    const today = danishToday();
    expect(firstDaySchema.safeParse(toDateParts(today)).success).toBe(true);
    const late = firstDaySchema.safeParse(toDateParts(addMonths(today, 4)));
    expect(late.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["day", "firstDayTooLate"]]);
    const missing = firstDaySchema.safeParse({ day: "1", year: "2026" });
    expect(missing.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["month", "firstDayIncomplete"]]);
    expect(firstDaySchema.safeParse({ day: "1\u0000", month: "1", year: "2026" }).success).toBe(false);
  });
});
