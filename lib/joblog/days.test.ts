import { getISOWeek, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { danishToday, groupByWeek, isRealDay, shiftYears, weekOf } from "./days";

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("the joblog's days and weeks", () => {
  test("R3.2 a week is the ISO week Denmark uses: Monday to Sunday, week 1 holds the year's first Thursday", () => {
    expect(weekOf("2026-03-16")).toEqual({ year: 2026, week: 12, monday: "2026-03-16", sunday: "2026-03-22" });
    expect(weekOf("2026-03-22")).toEqual({ year: 2026, week: 12, monday: "2026-03-16", sunday: "2026-03-22" });
    // New Year: 1 January 2027 is a Friday in week 53 of 2026; 30 December 2024 is in week 1 of 2025.
    expect(weekOf("2027-01-01")).toEqual({ year: 2026, week: 53, monday: "2026-12-28", sunday: "2027-01-03" });
    expect(weekOf("2024-12-30")).toEqual({ year: 2025, week: 1, monday: "2024-12-30", sunday: "2025-01-05" });
    expect(weekOf("2026-01-01").week).toBe(1);
  });

  test("R3.2 every day's week agrees with date-fns's ISO weeks", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const value = day(date);
        const [year, month, dayOfMonth] = value.split("-").map(Number);
        const local = new Date(year, month - 1, dayOfMonth);
        const week = weekOf(value);
        expect([week.year, week.week]).toEqual([getISOWeekYear(local), getISOWeek(local)]);
        expect(week.monday <= value && value <= week.sunday).toBe(true);
        expect(new Date(`${week.monday}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });

  test("R3.2 entries are grouped by week in the order they come, each week with its entries and so its count", () => {
    const entries = [
      { id: "a", appliedOn: "2027-01-02" },
      { id: "b", appliedOn: "2026-12-28" },
      { id: "c", appliedOn: "2026-12-27" },
      { id: "d", appliedOn: "2026-12-21" },
      { id: "e", appliedOn: "2026-03-16" },
    ];
    const weeks = groupByWeek(entries);
    expect(weeks.map((week) => [week.year, week.week, week.entries.map((entry) => entry.id)])).toEqual([
      [2026, 53, ["a", "b"]],
      [2026, 52, ["c", "d"]],
      [2026, 12, ["e"]],
    ]);
    // Entries that do not come in order still land in their one week.
    expect(groupByWeek([entries[0], entries[4], entries[1]]).map((week) => week.entries.length)).toEqual([2, 1]);
    expect(groupByWeek([])).toEqual([]);
  });

  test("R3.2 X4 a day must be written yyyy-mm-dd and exist", () => {
    for (const good of ["2026-03-16", "2024-02-29", "2026-12-31"]) expect(isRealDay(good), good).toBe(true);
    for (const bad of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-3-16", "16-03-2026", "2026-03-16T00:00", "", "2026-03-1６"]) {
      expect(isRealDay(bad), bad).toBe(false);
    }
  });

  test("R3.2 today is the day in Denmark, and years are moved by the calendar", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Denmark.
    expect(danishToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(danishToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
    expect(shiftYears("2026-03-16", -5)).toBe("2021-03-16");
    expect(shiftYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftYears("2024-02-29", 4)).toBe("2028-02-29");
  });
});
