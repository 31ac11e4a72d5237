import { format } from "node:util";
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { citizens, contactPersons, supportRequests } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { requestContextStorage } from "./http/request-context";
import { installLogSink, redactLogText } from "./log-sink";

const { db } = withFreshDatabase({ seed: true });

/** A console that writes what the real one would, into a list. */
function capturingConsole(): { console: Console; lines: string[] } {
  const lines: string[] = [];
  const write = (...args: unknown[]) => lines.push(format(...args));
  const target = { error: write, warn: write, log: write, info: write, debug: write, trace: write } as unknown as Console;
  installLogSink(target);
  return { console: target, lines };
}

async function thrownBy(failing: () => Promise<unknown>): Promise<unknown> {
  return failing().then(
    () => expect.unreachable("the query should fail"),
    (error: unknown) => error,
  );
}

const person = { name: "Karen Sentinelsen", cpr: "2902921234", phone: "87654321", situation: "Min hemmelige situation" };

describe("the process's console", () => {
  test("X5 failed queries of every kind are printed as Next prints them, without their values", async () => {
    const errors = [
      // A unique violation: the database's detail quotes the CPR number.
      await thrownBy(() => db().insert(citizens).values({ cpr: "0101901111", name: person.name })),
      // A foreign key violation: the values of the row are the query's parameters.
      await thrownBy(() =>
        db().insert(contactPersons).values({ citizenId: "00000000-0000-4000-8000-000000000000", role: "mentor", name: person.name, phone: person.phone }),
      ),
      // A value the database cannot read, quoted in its message.
      await thrownBy(() => db().execute(sql`select ${person.situation}::uuid`)),
      // A text it cannot store (what reached it before every schema refused it).
      await thrownBy(() =>
        db()
          .insert(supportRequests)
          .values({ reference: "SH-TEST0001", ...person, situation: `${person.situation}\u0000` }),
      ),
      // A lookup by the values someone typed.
      await thrownBy(() =>
        db()
          .select()
          .from(citizens)
          .where(eq(citizens.cpr, `${person.cpr}\u0000`)),
      ),
    ];
    const { console: target, lines } = capturingConsole();
    for (const error of errors) {
      target.error(error);
      target.error("⨯", error);
      target.warn({ error: "not an error object" }, String((error as Error).message));
    }
    const output = lines.join("\n");
    expect(output).toContain("Failed query: insert into");
    expect(output).toMatch(/database error 23505/);
    for (const value of [person.name, person.cpr, person.phone, person.situation, "0101901111", "00000000-0000-4000-8000-000000000000"]) {
      expect(output, value).not.toContain(value);
    }
  });

  test("X5 CPR numbers are masked and a query's parameter list withheld in any text printed", () => {
    expect(redactLogText("login failed for 010190-1111 and 0101901111")).not.toMatch(/\d{6}-?\d{4}/);
    expect(redactLogText("Failed query: select 1 where a = $1\nparams: Karen,87654321")).toBe("Failed query: select 1 where a = $1\nparams: [withheld]");
    // Inside a structured line's quoted field, where the line break is written \n.
    expect(redactLogText('message="Failed query: select \\"a\\" = $1\\nparams: Karen,87654321" code="x"')).toBe(
      'message="Failed query: select \\"a\\" = $1\\nparams: [withheld]" code="x"',
    );
    const { console: target, lines } = capturingConsole();
    target.log("borger %s ringede", "0101901111");
    expect(lines.join("\n")).not.toContain("0101901111");
  });

  test("X5 an error Next prints while refusing a request it cannot read keeps its kind and where, never what the request said", () => {
    const { console: target, lines } = capturingConsole();
    const refusal = new SyntaxError('Cannot convert HemmeligFritekst to a BigInt; Received "fritekst-i-header"');
    requestContextStorage().run({}, () => target.error("⨯", refusal));
    requestContextStorage().run({ appCodeRan: true }, () => target.error("⨯", new TypeError("fetch failed")));
    const output = lines.join("\n");
    expect(output).toContain("SyntaxError: [withheld");
    expect(output).not.toContain("HemmeligFritekst");
    expect(output).not.toContain("fritekst-i-header");
    // Once the portal's own code runs, an error's message is its own, for support.
    expect(output).toContain("TypeError: fetch failed");
  });
});
