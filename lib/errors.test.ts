import { eq } from "drizzle-orm";
import { afterEach, describe, expect, test, vi } from "vitest";
import { citizens, contactPersons } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { logUnexpectedError } from "./errors";

const { db } = withFreshDatabase({ seed: true });

const mentor = { role: "mentor" as const, name: "Mette Mentor", phone: "+4512345678", email: "mette.mentor@example.dk" };

/** What `logUnexpectedError` prints for the error `failing` throws. */
async function loggedLine(failing: () => Promise<unknown>): Promise<string> {
  const error = await failing().then(
    () => expect.unreachable("the query should fail"),
    (thrown: unknown) => thrown,
  );
  const printed = vi.spyOn(console, "error").mockImplementation(() => {});
  logUnexpectedError(error, "server_action");
  return printed.mock.calls.map((call) => String(call[0])).join("\n");
}

afterEach(() => vi.restoreAllMocks());

describe("logging unexpected errors", () => {
  test("X5 a failed query is logged with its text and the database's code, never the values it was given", async () => {
    const line = await loggedLine(() =>
      db()
        .insert(contactPersons)
        .values({ ...mentor, citizenId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(line).toContain('insert into \\"contact_persons\\"');
    expect(line).toContain('code="23503"');
    expect(line).toContain('constraint="contact_persons_citizen_id_citizens_id_fk"');
    for (const value of [mentor.name, mentor.phone, mentor.email, "00000000-0000-4000-8000-000000000000"]) expect(line).not.toContain(value);
  });

  test("X5 a value the database refuses and quotes in its own message is not logged either", async () => {
    const [anna] = await db().select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.name, "Anna Andersen"));
    const line = await loggedLine(() => db().insert(citizens).values({ cpr: anna.cpr, name: "Anna Kopi" }));
    expect(line).toContain('code="23505"');
    expect(line).not.toContain("Anna Kopi");
    expect(line).not.toContain(anna.cpr);
    expect(line).not.toContain("Key (");
  });

  test("X5 any other unexpected error keeps its name and message for support", () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const errorId = logUnexpectedError(new TypeError("fetch failed"), "api");
    expect(printed.mock.calls[0][0]).toMatch(new RegExp(`errorId="${errorId}".*name="TypeError" message="fetch failed"`));
  });
});
