import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, test, vi } from "vitest";
import { citizens, forberedelsesskemaer } from "@/db/schema";
import { testDatabaseKind, withFreshDatabase } from "@/tests/support/database";
import { startJobQueue, type RunningJobQueue } from "./queue";
import { findJob, jobs, JOB_TIME_ZONE, type JobCounts, type ScheduledJob } from "./registry";

// pg-boss on the test's own database: PGlite in the pglite project, PostgreSQL in the
// postgres project. Short intervals, so a scheduled run happens within seconds.
const timings = { pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };

const { db, handle } = withFreshDatabase({ seed: true });

const running: RunningJobQueue[] = [];
async function start(registry: readonly ScheduledJob[]): Promise<RunningJobQueue> {
  const queue = await startJobQueue({ handle: handle(), jobs: registry, timings });
  running.push(queue);
  return queue;
}
// Registered after withFreshDatabase's, so it runs before the database is closed.
afterEach(async () => {
  await Promise.all(running.splice(0).map((queue) => queue.stop({ timeoutMs: 1000 })));
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A cron expression due once a day, in the current minute (Danish time): pg-boss starts one
 * run for it now and none after, whereas `* * * * *` would start another each minute. Near a
 * minute's end it waits for the next, so the run is not missed.
 */
async function dueThisMinute(): Promise<string> {
  if (new Date().getSeconds() >= 30) await new Promise((resolve) => setTimeout(resolve, (61 - new Date().getSeconds()) * 1000));
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: JOB_TIME_ZONE, hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  return `${part("minute")} ${part("hour")} * * *`;
}

type JobRow = { state: string; retry_count: number; output: unknown };
/** The queue's rows for the job `name`, from pg-boss's own table (pgboss.job). */
async function jobRows(name: string): Promise<JobRow[]> {
  const result = await db().execute(sql`select state::text as state, retry_count, output from pgboss.job where name = ${name} order by created_on`);
  // postgres.js gives the rows themselves, PGlite an object holding them.
  return (Array.isArray(result) ? result : (result as unknown as { rows: JobRow[] }).rows) as JobRow[];
}

/** A job for these tests: counts its runs; `fail` decides whether a run (numbered from 1) throws. */
function testJob(name: string, schedule: string, { fail = () => false }: { fail?: (run: number) => boolean } = {}) {
  const runs: Date[] = [];
  const job: ScheduledJob = {
    name,
    schedule,
    description: "A job for the tests.",
    changesData: false,
    retry: { limit: 2, delaySeconds: 0, backoff: false },
    async run({ now }): Promise<JobCounts> {
      runs.push(now);
      // A CPR number in the message: the log and the queue's table must not keep it.
      if (fail(runs.length)) throw new Error("Kunne ikke behandle 0101901111");
      return { done: 1 };
    },
  };
  return { job, runs };
}

// A test may wait up to half a minute for a fresh minute (dueThisMinute), then for its run.
describe("the job queue (pg-boss)", { timeout: 75_000 }, () => {
  test("R3.1 the portal's jobs are scheduled in Danish time, one run at a time, with retries", async () => {
    const { boss } = await start(jobs);
    const schedules = await boss.getSchedules();
    expect(schedules.map(({ name, cron }) => ({ name, cron }))).toEqual(jobs.map(({ name, schedule }) => ({ name, cron: schedule })));
    for (const schedule of schedules) expect((schedule as unknown as { timezone: string }).timezone).toBe("Europe/Copenhagen");
    const queue = await boss.getQueue("forberedelsesskema-purge");
    expect(queue).toMatchObject({ policy: "singleton", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600 });
  });

  test("R3.1 starting again keeps one schedule per job and removes the schedules of jobs that are gone", async () => {
    const { job: gone } = testJob("job-that-is-gone", "0 4 * * *");
    const first = await start([...jobs, gone]);
    await first.stop({ timeoutMs: 1000 });
    const { boss } = await start(jobs);
    expect((await boss.getSchedules()).map((schedule) => schedule.name)).toEqual(jobs.map((job) => job.name));
  });

  test("R3.1 the draft purge, scheduled, runs through pg-boss: Ida Iversen's expired draft is deleted and the counts are the job's output", async () => {
    const purge = { ...findJob("forberedelsesskema-purge")!, schedule: await dueThisMinute() };
    const info = vi.spyOn(console, "info");
    try {
      await start([purge]);
      await waitFor(async () => (await jobRows(purge.name)).some((row) => row.state === "completed"));
      expect((await jobRows(purge.name)).map(({ state, output }) => ({ state, output }))).toEqual([{ state: "completed", output: { deleted: 1, batches: 1 } }]);
      const left = await db().select({ name: citizens.name }).from(forberedelsesskemaer).innerJoin(citizens, eq(citizens.id, forberedelsesskemaer.citizenId));
      expect(left.map((row) => row.name)).toEqual(["Frida Ressource"]);
      const finished = info.mock.calls.map((call) => String(call[0])).filter((line) => line.includes("job_finished"));
      expect(finished).toHaveLength(1);
      expect(finished[0]).toMatch(/job="forberedelsesskema-purge" attempt=1 seconds=[\d.]+ deleted=1 batches=1/);
    } finally {
      info.mockRestore();
    }
  });

  test("R3.1 a failing scheduled run is retried, and its log line keeps no CPR number", async () => {
    const { job, runs } = testJob("fails-once", await dueThisMinute(), { fail: (run) => run === 1 });
    const error = vi.spyOn(console, "error");
    try {
      await start([job]);
      await waitFor(async () => (await jobRows(job.name)).some((row) => row.state === "completed"));
      expect(runs).toHaveLength(2);
      expect((await jobRows(job.name)).map(({ state, retry_count, output }) => ({ state, retry_count, output }))).toEqual([
        { state: "completed", retry_count: 1, output: { done: 1 } },
      ]);
      const failures = error.mock.calls.map((call) => String(call[0])).filter((line) => line.includes("job_failed"));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/job="fails-once" attempt=1 willRetry=true/);
      expect(failures[0]).not.toContain("0101901111");
    } finally {
      error.mockRestore();
    }
  });

  test("X5 a run that fails every time is retried up to its limit and left failed; the error the queue keeps holds no CPR number", async () => {
    const { job, runs } = testJob("always-fails", await dueThisMinute(), { fail: () => true });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await start([job]);
      await waitFor(async () => (await jobRows(job.name)).some((row) => row.state === "failed"));
      expect(runs).toHaveLength(3);
      const [row] = await jobRows(job.name);
      expect(row).toMatchObject({ state: "failed", retry_count: 2 });
      expect(JSON.stringify(row.output)).toContain("always-fails failed: Error: Kunne ikke behandle **********");
      expect(JSON.stringify(row.output)).not.toContain("0101901111");
    } finally {
      error.mockRestore();
    }
  });

  test.skipIf(testDatabaseKind !== "postgres")(
    "R3.1 two instances of the portal on one PostgreSQL database, both scheduling and working the same job, run it once",
    async () => {
      const { job, runs } = testJob("once-only", await dueThisMinute());
      await Promise.all([start([job]), start([job])]);
      await waitFor(() => runs.length > 0);
      // Both instances keep checking the schedule and polling for work meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(runs).toHaveLength(1);
      expect((await jobRows(job.name)).map((row) => row.state)).toEqual(["completed"]);
    },
  );
});
