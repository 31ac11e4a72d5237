import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { citizens, forberedelsesskemaer } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { runJobCommand } from "./command";
import { jobs, type ScheduledJob } from "./registry";

const { db } = withFreshDatabase({ seed: true });

/** Runs the command with `args`; its exit code, its printed lines, and whether it opened the database. */
async function command(args: string[], registry: readonly ScheduledJob[] = jobs) {
  const lines: string[] = [];
  const openDatabase = vi.fn(async () => async () => {});
  const code = await runJobCommand(args, { jobs: registry, print: (line) => lines.push(line), openDatabase });
  return { code, output: lines.join("\n"), openedDatabase: openDatabase.mock.calls.length > 0 };
}

const idasDraft = async () =>
  (
    await db()
      .select({ id: forberedelsesskemaer.id })
      .from(forberedelsesskemaer)
      .innerJoin(citizens, eq(citizens.id, forberedelsesskemaer.citizenId))
      .where(eq(citizens.name, "Ida Iversen"))
  )[0];

/** A job's line in the list: its name padded to the longest name, then its schedule. */
const listed = (job: { name: string; schedule: string }) => new RegExp(`  ${job.name} +${job.schedule.replace(/[*]/g, "\\*")} \\(Danish time\\)`);

describe("npm run job", () => {
  test("R3.1 an unknown job name prints the list of jobs and exits with 1, without opening the database", async () => {
    const { code, output, openedDatabase } = await command(["forberedelsesskema-purg"]);
    expect(code).toBe(1);
    expect(output).toContain('There is no job called "forberedelsesskema-purg".');
    expect(output).toContain("Usage: npm run job -- <name> [--dry-run]");
    for (const job of jobs) expect(output).toMatch(listed(job));
    expect(openedDatabase).toBe(false);
  });

  test("R3.1 no name, two names or an unknown option exit with 1 and the list", async () => {
    for (const args of [[], ["forberedelsesskema-purge", "forberedelsesskema-purge"], ["forberedelsesskema-purge", "--dryrun"]]) {
      const { code, output, openedDatabase } = await command(args);
      expect(code).toBe(1);
      expect(output).toContain("forberedelsesskema-purge");
      expect(openedDatabase).toBe(false);
    }
  });

  test("R3.1 --dry-run says what the purge would do and changes nothing", async () => {
    const { code, output, openedDatabase } = await command(["forberedelsesskema-purge", "--dry-run"]);
    expect(code).toBe(0);
    expect(openedDatabase).toBe(true);
    expect(output).toBe(
      ["forberedelsesskema-purge, dry run: nothing was changed. It would have done:", "  deleted      0", "  wouldDelete  1", "  batches      1"].join("\n"),
    );
    expect(await idasDraft()).toBeDefined();
  });

  test("R3.1 the purge by hand deletes the expired draft and prints its counts; run again it deletes nothing", async () => {
    expect(await command(["forberedelsesskema-purge"])).toEqual({
      code: 0,
      output: ["forberedelsesskema-purge done:", "  deleted  1", "  batches  1"].join("\n"),
      openedDatabase: true,
    });
    expect(await idasDraft()).toBeUndefined();
    expect((await command(["forberedelsesskema-purge"])).output).toContain("  deleted  0");
  });

  test("R3.1 --dry-run on a job that changes no data is refused", async () => {
    const report: ScheduledJob = { name: "report", schedule: "0 6 * * 1", description: "Counts things.", changesData: false, run: async () => ({ things: 3 }) };
    const refused = await command(["report", "--dry-run"], [report]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("report changes no data, so it has no dry run.");
    expect(await command(["report"], [report])).toMatchObject({ code: 0, output: "report done:\n  things  3" });
  });
});
