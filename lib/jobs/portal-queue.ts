import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { log } from "@/lib/log";
import { describeError } from "@/lib/log-sink";
import { startJobQueue, type RunningJobQueue } from "./queue";
import { jobs as portalJobs, type ScheduledJob } from "./registry";
import { processJobQueue, setProcessJobQueue, type JobQueueControl } from "./running";

/** How long the portal waits before trying again to start a queue that failed to start (ms). */
export const QUEUE_RESTART_MS = 60_000;

/**
 * Starts the portal's job queue in the background, once per process, and returns at once:
 * the portal serves pages whether or not the queue starts. A failed start is logged (the
 * error's kind, never data) and tried again every `restartMs` (default a minute) until it
 * succeeds, so a database that was away when the portal started gets its jobs once it is back.
 * The server stops the queue on shutdown through `stopProcessJobQueue` (lib/jobs/running.ts).
 * `start` and `jobs` are for tests.
 */
export function startPortalJobQueue({
  handle,
  jobs = portalJobs,
  start = startJobQueue,
  restartMs = QUEUE_RESTART_MS,
}: {
  handle: DatabaseHandle;
  jobs?: readonly ScheduledJob[];
  start?: typeof startJobQueue;
  restartMs?: number;
}): JobQueueControl {
  const existing = processJobQueue();
  if (existing) return existing;

  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt: Promise<RunningJobQueue | undefined> = Promise.resolve(undefined);

  const tryToStart = () => {
    attempt = start({ handle, jobs }).then(
      async (queue) => {
        if (stopped) {
          await queue.stop({ timeoutMs: 1000 });
          return undefined;
        }
        log.info("job_queue_started", { jobs: jobs.length });
        return queue;
      },
      (error: unknown) => {
        log.error("job_queue_not_started", { retryInSeconds: Math.round(restartMs / 1000), error: describeError(error as Error) });
        if (!stopped) {
          retryTimer = setTimeout(tryToStart, restartMs);
          retryTimer.unref?.();
        }
        return undefined;
      },
    );
  };

  const control: JobQueueControl = {
    async stop(timeoutMs) {
      stopped = true;
      clearTimeout(retryTimer);
      const queue = await attempt;
      if (!queue) return;
      try {
        await queue.stop({ timeoutMs });
        log.info("job_queue_stopped");
      } catch (error) {
        log.error("job_queue_stop_failed", { error: describeError(error as Error) });
      }
    },
  };
  setProcessJobQueue(control);
  tryToStart();
  return control;
}
