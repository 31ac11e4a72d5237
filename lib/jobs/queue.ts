import "server-only";
import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";
import { log } from "@/lib/log";
import { describeError } from "@/lib/log-sink";
import { pgliteQueueDb } from "./pglite-adapter";
import { openPostgresQueueDb } from "./postgres-adapter";
import { DEFAULT_EXPIRE_SECONDS, DEFAULT_RETRY, JOB_TIME_ZONE, jobLog, type JobCounts, type ScheduledJob } from "./registry";

/** pg-boss keeps its tables in this schema of the portal's database, and makes and migrates them itself. */
export const QUEUE_SCHEMA = "pgboss";

/** How often things happen; the defaults suit daily jobs, tests make them short. */
export interface JobQueueTimings {
  /** Seconds between a worker's looks for a job to run (default 10). */
  pollingIntervalSeconds?: number;
  /** Seconds between pg-boss's checks of the schedules, 1–45 (default 30; one instance checks per interval). */
  cronMonitorIntervalSeconds?: number;
  /** Seconds between looks for a schedule that is due, 1–45 (default 5). */
  cronWorkerIntervalSeconds?: number;
}

export interface RunningJobQueue {
  /** The pg-boss instance, for tests and tools that look at the queue. */
  boss: PgBoss;
  /**
   * Stops taking jobs, waits up to `timeoutMs` (default 10 s, at least 1 s) for a run in
   * progress to finish — a run cut short is failed and retried later — and closes the queue's
   * own connections (never the portal's).
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** The error a failed run leaves in the queue's table: the job's name and the error's kind, no data. */
export class JobRunError extends Error {
  constructor(job: string, cause: unknown) {
    super(`${job} failed: ${describeError(cause as Error).split("\n")[0]}`);
    this.name = "JobRunError";
  }
}

function queueDbFor(handle: DatabaseHandle): PgBoss.Db & { close?(): Promise<void> } {
  if (handle.kind === "pglite") {
    if (!handle.pglite) throw new Error("A PGlite handle needs its engine to run the job queue");
    return pgliteQueueDb(handle.pglite);
  }
  if (!handle.url) throw new Error("A Postgres handle needs its URL to run the job queue");
  return openPostgresQueueDb(handle.url);
}

/**
 * Runs `step` again when PostgreSQL broke a deadlock by cancelling it (40P01). pg-boss's
 * createQueue deadlocks with itself when two instances create the same new queue at once
 * (each adds a partition and its foreign key); the survivor creates the queue, so the retry
 * finds it there.
 */
async function retriedOnDeadlock<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if ((error as { code?: unknown }).code !== "40P01" || attempt >= attempts) throw error;
    }
  }
}

/** Runs `job` once for pg-boss: logs its counts (or its failure, without data) and returns the counts, which pg-boss keeps as the job's output. */
async function runForQueue(job: ScheduledJob, attempt: PgBoss.JobWithMetadata): Promise<JobCounts> {
  const started = performance.now();
  const seconds = () => Number(((performance.now() - started) / 1000).toFixed(3));
  try {
    const counts = await job.run({ now: new Date(), dryRun: false, log: jobLog(job.name) });
    const idle = Object.values(counts).every((count) => !count);
    if (!(job.quietWhenIdle && idle)) log.info("job_finished", { job: job.name, attempt: attempt.retryCount + 1, seconds: seconds(), ...counts });
    return counts;
  } catch (error) {
    log.error("job_failed", {
      job: job.name,
      attempt: attempt.retryCount + 1,
      willRetry: attempt.retryCount < attempt.retryLimit,
      seconds: seconds(),
      error: describeError(error as Error),
    });
    throw new JobRunError(job.name, error);
  }
}

/**
 * Starts pg-boss on the database behind `handle` — PGlite through its engine, PostgreSQL
 * through a small postgres.js pool of the queue's own — creates or migrates its schema
 * (`pgboss`), and for each job of `jobs`: its queue (policy `singleton`: one run at a time;
 * its retry and expiry options), its schedule in Danish time, and a worker. Schedules of jobs
 * no longer in `jobs` are removed. Safe with several instances of the portal on one
 * PostgreSQL database: pg-boss checks the schedules in one instance per interval, makes one
 * job per scheduled minute, and hands each job to one worker.
 *
 * Throws if the database cannot be reached or pg-boss cannot start; what was started is
 * stopped again first.
 */
export async function startJobQueue({
  handle,
  jobs,
  timings = {},
}: {
  handle: DatabaseHandle;
  jobs: readonly ScheduledJob[];
  timings?: JobQueueTimings;
}): Promise<RunningJobQueue> {
  const db = queueDbFor(handle);
  const boss = new PgBoss({
    db,
    schema: QUEUE_SCHEMA,
    cronMonitorIntervalSeconds: timings.cronMonitorIntervalSeconds ?? 30,
    cronWorkerIntervalSeconds: timings.cronWorkerIntervalSeconds ?? 5,
  });
  // Without a listener an "error" event would end the process: pg-boss reports here what
  // fails in its background loops (maintenance, the schedule check), e.g. while the database is away.
  boss.on("error", (error) => log.error("job_queue_error", { error: describeError(error) }));
  const stop = async ({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}) => {
    try {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true, close: false });
    } finally {
      await db.close?.();
    }
  };

  try {
    await boss.start();
    for (const job of jobs) {
      const retry = job.retry ?? DEFAULT_RETRY;
      const queue: Omit<PgBoss.Queue, "name"> = {
        policy: "singleton",
        retryLimit: retry.limit,
        retryDelay: retry.delaySeconds,
        retryBackoff: retry.backoff,
        expireInSeconds: job.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
      };
      // createQueue leaves an existing queue as it is; updateQueue brings its options up to date.
      await retriedOnDeadlock(() => boss.createQueue(job.name, { name: job.name, ...queue }));
      await boss.updateQueue(job.name, { name: job.name, ...queue });
      await boss.schedule(job.name, job.schedule, {}, { tz: JOB_TIME_ZONE });
      await boss.work<object>(job.name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: timings.pollingIntervalSeconds ?? 10 }, ([attempt]) =>
        runForQueue(job, attempt),
      );
    }
    const known = new Set(jobs.map((job) => job.name));
    for (const schedule of await boss.getSchedules()) {
      if (!known.has(schedule.name)) await boss.unschedule(schedule.name);
    }
  } catch (error) {
    await stop({ timeoutMs: 1000 }).catch(() => {});
    throw error;
  }
  return { boss, stop };
}
