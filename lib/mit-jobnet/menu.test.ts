import { describe, expect, test } from "vitest";
import { citizenMenu, isCurrent } from "./menu";

const current = (pathname: string) => citizenMenu.filter((item) => isCurrent(item, pathname)).map((item) => item.label);

describe("the Mit Jobnet menu's current page", () => {
  test("R4.2 R1.7 `Meld syg/rask` is the current item on /meld-syg and /meld-rask and the pages below them", () => {
    for (const pathname of ["/meld-syg", "/meld-syg/bekraeft", "/meld-rask", "/meld-rask/bekraeft", "/meld-rask/kvittering"]) {
      expect(current(pathname), pathname).toEqual(["sygdom"]);
    }
  });

  test("R1.7 an item is current on its own address and below it only, the overview on the front page only", () => {
    expect(current("/")).toEqual(["overview"]);
    expect(current("/joblog")).toEqual(["joblog"]);
    expect(current("/joblog/ny")).toEqual(["joblog"]);
    expect(current("/joblogger")).toEqual([]);
    expect(current("/meld-raskt")).toEqual([]);
    expect(isCurrent({ path: "/medarbejder" }, "/medarbejder/jobcenter")).toBe(true);
  });
});
