// The portal's running job queue, for the server's shutdown. The queue is started inside
// Next's server code (instrumentation.ts) and stopped by the portal's own server (server.ts),
// which is a separate bundle in the same process with its own copy of every module: the one
// shared record lives on globalThis. Nothing here imports the queue or the database.

/** What the server's shutdown needs of the queue. */
export interface JobQueueControl {
  /** Stops the queue, waiting up to `timeoutMs` for a run in progress; never throws. */
  stop(timeoutMs: number): Promise<void>;
}

const registry = globalThis as typeof globalThis & { [key: symbol]: unknown };
const QUEUE = Symbol.for("jobnet.jobQueue");

/** Records the process's job queue (undefined: none). */
export function setProcessJobQueue(control: JobQueueControl | undefined): void {
  registry[QUEUE] = control;
}

/** The process's job queue, if one was started. */
export function processJobQueue(): JobQueueControl | undefined {
  return registry[QUEUE] as JobQueueControl | undefined;
}

/** Stops the process's job queue, if any, waiting up to `timeoutMs` (ms) for a run in progress. Never throws. */
export async function stopProcessJobQueue(timeoutMs: number): Promise<void> {
  const control = processJobQueue();
  setProcessJobQueue(undefined);
  await control?.stop(timeoutMs);
}
