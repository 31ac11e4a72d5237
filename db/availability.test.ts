import net from "node:net";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { errorIdOfDatabaseUnavailableDigest } from "./unavailable-digest";
import { testDatabaseKind, withFreshDatabase } from "@/tests/support/database";
import { TcpProxy, closedPort } from "@/tests/support/tcp-proxy";
import {
  DatabaseMonitor,
  DatabaseUnavailableError,
  connectionFailureCode,
  databaseMonitor,
  errorIdIfDatabaseUnreachable,
  isDatabaseUnreachable,
} from "./availability";
import { db, openPostgres, useDatabase, type DatabaseHandle } from "./client";
import { citizens } from "./schema";

const onPostgres = testDatabaseKind === "postgres";
const needsPostgres = "needs a real PostgreSQL server (the postgres project, TEST_DATABASE_URL)";

/** What `run` rejects with; fails the test if it resolves. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => expect.unreachable("it should fail"),
    (error: unknown) => error,
  );
}

/** A local server that accepts connections and never says a word. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const { handle: freshHandle } = withFreshDatabase();

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("which failures mean the database cannot be reached", () => {
  test("X4 a refused connection, through Drizzle, is unreachable", async () => {
    const handle = openPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/test`);
    try {
      const error = await failureOf(() => handle.db.execute(sql`select 1`));
      expect(connectionFailureCode(error)).toBe("ECONNREFUSED");
    } finally {
      await handle.close();
    }
  });

  test("X4 a server that accepts and never answers is unreachable (postgres.js's connect timeout)", async () => {
    const server = await silentServer();
    const client = postgres(`postgres://postgres@127.0.0.1:${server.port}/test`, { connect_timeout: 0.3, onnotice: () => {} });
    try {
      const error = await failureOf(() => client`select 1`);
      expect(connectionFailureCode(error)).toBe("CONNECT_TIMEOUT");
    } finally {
      await client.end({ timeout: 0 });
      await server.close();
    }
  });

  test("X4 a query on a pool that was ended or destroyed is unreachable", async () => {
    const client = postgres(`postgres://postgres@127.0.0.1:${await closedPort()}/test`, { onnotice: () => {} });
    await client.end();
    expect(connectionFailureCode(await failureOf(() => client`select 1`))).toBe("CONNECTION_ENDED");
  });

  test("X4 PostgreSQL's own codes: connection exceptions (class 08) and the server shutting down or starting are unreachable", () => {
    for (const code of ["08000", "08003", "08006", "08001", "08004", "08P01", "57P01", "57P02", "57P03"]) {
      const error = new postgres.PostgresError({ code, severity: "FATAL", message: "connection gone" } as never);
      expect(isDatabaseUnreachable(error), code).toBe(true);
      expect(isDatabaseUnreachable({ name: "DrizzleQueryError", cause: error }), `${code} inside a wrapper`).toBe(true);
    }
  });

  test("X4 a refused statement is not an outage: a constraint, bad input, a statement timeout, an unknown error", async () => {
    await freshHandle().db.insert(citizens).values({ cpr: "0101901111", name: "Anna Andersen" });
    const duplicate = await failureOf(() => freshHandle().db.insert(citizens).values({ cpr: "0101901111", name: "Anna Kopi" }));
    expect(isDatabaseUnreachable(duplicate)).toBe(false);
    expect(isDatabaseUnreachable(await failureOf(() => freshHandle().db.execute(sql`select 1/0`)))).toBe(false);
    expect(
      isDatabaseUnreachable(new postgres.PostgresError({ code: "57014", severity: "ERROR", message: "canceling statement due to statement timeout" } as never)),
    ).toBe(false);
    expect(isDatabaseUnreachable(new Error("connection refused"))).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
  });

  test.skipIf(!onPostgres)(`X4 on PostgreSQL: a statement timeout is no outage; a backend terminated by an administrator is (${needsPostgres})`, async () => {
    const timedOut = await failureOf(() =>
      freshHandle().db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 50`);
        await tx.execute(sql`select pg_sleep(2)`);
      }),
    );
    expect((timedOut as { cause?: { code?: string } }).cause?.code ?? (timedOut as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnreachable(timedOut)).toBe(false);

    const victim = postgres(freshHandle().url!, { max: 1, onnotice: () => {} });
    try {
      const [{ pid }] = await victim<{ pid: number }[]>`select pg_backend_pid() as pid`;
      const sleeping = failureOf(() => victim`select pg_sleep(5)`);
      const active = async () => (await freshHandle().db.execute(sql`select 1 from pg_stat_activity where pid = ${pid} and state = 'active'`)) as unknown[];
      await expect.poll(async () => (await active()).length).toBe(1);
      await freshHandle().db.execute(sql`select pg_terminate_backend(${pid})`);
      // postgres.js reports the server's FATAL 57P01 or, when the socket closes first, CONNECTION_CLOSED.
      expect(["57P01", "CONNECTION_CLOSED"]).toContain(connectionFailureCode(await sleeping));
    } finally {
      await victim.end({ timeout: 0 });
    }
  });

  test("X4 an unreachable database gets an error id that is logged with the code, never the error's message", async () => {
    const handle = openPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/test`);
    try {
      const error = await failureOf(() => handle.db.execute(sql`select ${"0101901111"}::text`));
      const errorId = errorIdIfDatabaseUnreachable(error, "server_action");
      expect(errorId).toMatch(/^[0-9a-f]{8}$/);
      const logged = vi
        .mocked(console.warn)
        .mock.calls.map((call) => String(call[0]))
        .join("\n");
      expect(logged).toContain(`errorId="${errorId}"`);
      expect(logged).toContain('code="ECONNREFUSED"');
      expect(logged).not.toContain("127.0.0.1");
      expect(logged).not.toContain("0101901111");
      expect(errorIdIfDatabaseUnreachable(new Error("something else"), "server_action")).toBeUndefined();
    } finally {
      await handle.close();
    }
  });
});

describe("the record of whether the database is reachable", () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });

  test("X4 a failed probe after a connection failure makes it unavailable; probes repeat until one answers", async () => {
    let answers = false;
    const probe = vi.fn(async () => {
      if (!answers) throw refused;
    });
    const onOutage = vi.fn();
    const monitor = new DatabaseMonitor({ probe, onOutage, retryAfterMs: 10 });
    try {
      for (let i = 0; i < 5; i++) monitor.reportFailure(refused);
      expect(monitor.state).toBe("checking");
      expect(await monitor.settled()).toBe("unavailable");
      expect(onOutage).toHaveBeenCalledTimes(1);
      await expect.poll(() => probe.mock.calls.length).toBeGreaterThan(2);
      expect(monitor.state).toBe("unavailable");
      expect(onOutage).toHaveBeenCalledTimes(1);
      answers = true;
      await expect.poll(() => monitor.state).toBe("available");
      const probes = probe.mock.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probe.mock.calls.length).toBe(probes);
    } finally {
      monitor.close();
    }
  });

  test("X4 one dropped connection while the database answers changes nothing; a refused statement does not even ask", async () => {
    const probe = vi.fn(async () => {});
    const onOutage = vi.fn();
    const monitor = new DatabaseMonitor({ probe, onOutage });
    monitor.reportFailure(new postgres.PostgresError({ code: "57014", severity: "ERROR", message: "timeout" } as never));
    monitor.reportFailure(new postgres.PostgresError({ code: "23505", severity: "ERROR", message: "duplicate" } as never));
    expect(probe).not.toHaveBeenCalled();
    monitor.reportFailure(new postgres.PostgresError({ code: "57P01", severity: "FATAL", message: "terminated" } as never));
    expect(await monitor.settled()).toBe("available");
    expect(probe).toHaveBeenCalledTimes(1);
    expect(onOutage).not.toHaveBeenCalled();
    monitor.close();
  });

  test("X4 the health check reuses a recent probe", async () => {
    const probe = vi.fn(async () => {});
    const monitor = new DatabaseMonitor({ probe });
    expect(await Promise.all([monitor.check({ maxAgeMs: 60_000 }), monitor.check({ maxAgeMs: 60_000 })])).toEqual([true, true]);
    expect(await monitor.check({ maxAgeMs: 60_000 })).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await monitor.check({ maxAgeMs: -1 })).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
    monitor.close();
  });
});

describe.skipIf(!onPostgres)(`the portal's PostgreSQL client when the database goes away (${needsPostgres})`, () => {
  let proxy: TcpProxy;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    handle = openPostgres(proxy.urlFor(freshHandle().url!), { max: 2, monitor: true });
    useDatabase(handle);
  });
  afterEach(async () => {
    useDatabase(freshHandle());
    await handle.close();
    await proxy.close();
  });

  for (const cut of ["refuse", "blackhole"] as const) {
    test(`X4 ${cut === "refuse" ? "refused connections" : "a network that drops everything"}: queries fail instead of hanging, db() refuses at once, and it recovers by itself`, async () => {
      expect(databaseMonitor()).toBe(handle.monitor);
      // Both pooled connections open, so a query after a black-hole cut meets a silent one.
      await Promise.all([db().execute(sql`select pg_sleep(0.05)`), db().execute(sql`select pg_sleep(0.05)`)]);

      await proxy.cut(cut);
      const failed = await failureOf(() => db().execute(sql`select 1`));
      expect(isDatabaseUnreachable(failed)).toBe(true);
      expect(await handle.monitor!.settled()).toBe("unavailable");

      const refusedAtOnce = (() => {
        try {
          db();
        } catch (error) {
          return error;
        }
      })();
      expect(refusedAtOnce).toBeInstanceOf(DatabaseUnavailableError);
      const { errorId, digest } = refusedAtOnce as DatabaseUnavailableError;
      expect(errorIdOfDatabaseUnavailableDigest(digest)).toBe(errorId);

      await proxy.restore();
      await expect.poll(() => handle.monitor!.state, { timeout: 10_000 }).toBe("available");
      expect(await db().execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
    });
  }
});
