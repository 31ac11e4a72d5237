import { afterEach, describe, expect, test, vi } from "vitest";
import { databaseUnavailable, observeDatabase, observer } from "@/db/availability";
import { installDatabaseObserver } from "./database-observer";
import { requestContextStorage, type RequestContext } from "./http/request-context";

describe("the database layer reporting through the portal", () => {
  // The test setup (tests/support/vitest-setup.ts) installs the portal's observer, as the server does.
  afterEach(() => {
    installDatabaseObserver();
    vi.restoreAllMocks();
  });

  test("X4 a query that meets an unreachable database marks the request being answered, so it gets the 503 page", () => {
    installDatabaseObserver();
    const context: RequestContext = {};
    vi.spyOn(console, "warn").mockImplementation(() => {});
    requestContextStorage().run(context, () => {
      expect(() => {
        observer().unreachable();
        throw databaseUnavailable("query");
      }).toThrow(/cannot be reached/);
    });
    expect(context.databaseUnreachable).toBe(true);
  });

  test("X4 X5 its lines go through the portal's redacting log, with the error id support looks for", () => {
    installDatabaseObserver();
    const printed = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = databaseUnavailable("citizen 0101901234");
    const line = String(printed.mock.calls[0]?.[0]);
    expect(line).toMatch(new RegExp(`warn database_unavailable errorId="${error.errorId}"`));
    expect(line).not.toContain("0101901234");
  });

  test("X4 before the portal installs its observer, the lines still reach the console and nothing is marked", () => {
    observeDatabase(undefined);
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const context: RequestContext = {};
    requestContextStorage().run(context, () => observer().unreachable());
    observer().log("error", "database_unreachable", { code: "ECONNREFUSED" });
    expect(String(printed.mock.calls[0]?.[0])).toContain('database_unreachable {"code":"ECONNREFUSED"}');
    expect(context.databaseUnreachable).toBeUndefined();
  });
});
