import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { db, openPostgres, useDatabase, type DatabaseHandle } from "@/db/client";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { closedPort } from "@/tests/support/tcp-proxy";
import { citizenAction } from "./actions";

// The support request form and other public actions read the session first; here there is none.
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => null }));

const schema = z.object({ situation: z.string() });
const form = () => {
  const data = new FormData();
  data.set("situation", "Jeg skal meldes ledig");
  return data;
};

let unreachable: DatabaseHandle;
beforeEach(async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  unreachable = openPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/jobnet`, { monitor: true });
  useDatabase(unreachable);
});
afterEach(async () => {
  useDatabase(undefined);
  await unreachable.close();
  vi.restoreAllMocks();
});

const logged = () =>
  vi
    .mocked(console.warn)
    .mock.calls.map((call) => String(call[0]))
    .join("\n");

describe("a server action when the database cannot be reached", () => {
  test("X4 a query that meets the lost database gives the form a plain message and a logged error id, not 'an error occurred'", async () => {
    const action = citizenAction({ schema, access: "public" }, async () => {
      await db().execute(sql`select 1`);
    });
    const result = await action(null, form());
    expect(result).toMatchObject({ status: "error", fieldErrors: { _form: ["databaseUnavailable.form"] }, errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    const errorId = result.status === "error" ? result.errorId : undefined;
    expect(logged()).toContain(`errorId="${errorId}"`);
    expect(logged()).not.toContain("Jeg skal meldes ledig");
  });

  test("X4 while the database is known to be unreachable the action is refused the same way, without waiting for it", async () => {
    await unreachable.db.execute(sql`select 1`).catch(() => {});
    expect(await unreachable.monitor!.settled()).toBe("unavailable");
    const handler = vi.fn(async () => {
      await db().execute(sql`select 1`);
    });
    const result = await citizenAction({ schema, access: "public" }, handler)(null, form());
    expect(handler).toHaveBeenCalled();
    expect(result).toMatchObject({ status: "error", fieldErrors: { _form: ["databaseUnavailable.form"] } });
    expect(logged()).toContain(`errorId="${result.status === "error" ? result.errorId : "?"}" context="query"`);
  });

  test("X4 any other failure is still the unexpected error", async () => {
    const result = await citizenAction({ schema, access: "public" }, async () => {
      throw new Error("a bug");
    })(null, form());
    expect(result).toMatchObject({ status: "error", fieldErrors: { _form: ["errors.unexpected"] } });
  });

  test("X4 the form's message exists in Danish and English", () => {
    expect(da.databaseUnavailable.form).toMatch(/Jobnet kan ikke/);
    expect(en.databaseUnavailable.form).toMatch(/Jobnet cannot/);
  });
});
