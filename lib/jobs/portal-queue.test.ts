import { afterEach, describe, expect, test, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { startPortalJobQueue } from "./portal-queue";
import type { RunningJobQueue } from "./queue";
import { processJobQueue, stopProcessJobQueue } from "./running";

// A PostgreSQL server nobody listens for: the queue cannot start.
const unreachable = { kind: "postgres", url: "postgres://postgres@127.0.0.1:9/jobnet", db: undefined as never, close: async () => {} } satisfies DatabaseHandle;

const logged = (spy: { mock: { calls: unknown[][] } }, event: string) => spy.mock.calls.map((call) => String(call[0])).filter((line) => line.includes(event));

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  await stopProcessJobQueue(1000);
  vi.restoreAllMocks();
});

describe("the portal's job queue", () => {
  test("R3.1 a queue that cannot reach its database is logged without data, and starting returns at once", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const control = startPortalJobQueue({ handle: unreachable, restartMs: 60_000 });
    expect(processJobQueue()).toBe(control);
    await waitFor(() => logged(error, "job_queue_not_started").length > 0);
    const [line] = logged(error, "job_queue_not_started");
    expect(line).toContain("retryInSeconds=60");
    expect(line).toMatch(/ECONNREFUSED/);
    await control.stop(1000);
  });

  test("R3.1 a failed start is tried again until it succeeds; stopping stops the queue that started", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const queue = { boss: undefined as never, stop: vi.fn(async () => {}) } satisfies RunningJobQueue;
    const start = vi.fn<() => Promise<RunningJobQueue>>().mockRejectedValueOnce(new Error("Borger 0101901111 blev ikke fundet")).mockResolvedValueOnce(queue);
    startPortalJobQueue({ handle: unreachable, start, restartMs: 50 });
    await waitFor(() => logged(info, "job_queue_started").length > 0);
    expect(start).toHaveBeenCalledTimes(2);
    expect(logged(error, "job_queue_not_started").join("\n")).not.toContain("0101901111");

    await stopProcessJobQueue(1234);
    expect(queue.stop).toHaveBeenCalledWith({ timeoutMs: 1234 });
    expect(logged(info, "job_queue_stopped")).toHaveLength(1);
    expect(processJobQueue()).toBeUndefined();
  });

  test("R3.1 the queue is started once per process", async () => {
    const start = vi.fn(async () => ({ boss: undefined as never, stop: async () => {} }));
    vi.spyOn(console, "info").mockImplementation(() => {});
    const first = startPortalJobQueue({ handle: unreachable, start });
    expect(startPortalJobQueue({ handle: unreachable, start })).toBe(first);
    await waitFor(() => start.mock.calls.length > 0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("R3.1 stopping while a failed start waits to be tried again cancels the retry", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const start = vi.fn(async (): Promise<RunningJobQueue> => {
      throw new Error("down");
    });
    const control = startPortalJobQueue({ handle: unreachable, start, restartMs: 100 });
    await waitFor(() => start.mock.calls.length === 1);
    await control.stop(1000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
