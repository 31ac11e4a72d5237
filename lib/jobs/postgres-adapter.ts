import type PgBoss from "pg-boss";
import postgres from "postgres";
import { clientOptions } from "@/db/client";

/** A pg-boss database adapter that owns its connections: `close()` ends them once pg-boss has stopped. */
export interface QueueDb extends PgBoss.Db {
  close(): Promise<void>;
}

/**
 * pg-boss's database adapter (`{ executeSql(text, values) }`) over a postgres.js client of
 * its own for `url`, a pool of `max` connections (default 3). Its own, rather than the
 * portal's pool, because pg-boss is written for the `pg` driver and postgres.js differs where
 * it matters:
 * - JSON: pg-boss serialises some JSON parameters itself (`json_to_recordset($1)`, a job's
 *   output); postgres.js would serialise them again into a JSON string. This client's JSON
 *   serialiser leaves strings as they are, like `pg`.
 * - Several statements in one text (its schema set-up, wrapped in BEGIN … COMMIT): sent
 *   without parameters they use the simple protocol, on one reserved connection, because
 *   postgres.js refuses a BEGIN on a pooled connection. Such a text gives no rows (pg-boss
 *   reads none from them). When one of its statements fails, the transaction is rolled back
 *   before the connection goes back to the pool.
 * - `undefined` parameters (options pg-boss leaves unset) are sent as null.
 * The portal's pool settings (db/client.ts `clientOptions("queue")`): its connect and idle
 * timeouts; statements may run a minute, as pg-boss's maintenance may.
 */
export function openPostgresQueueDb(url: string, { max = 3 }: { max?: number } = {}): QueueDb {
  const sql = postgres(url, {
    // The portal's pool settings (db/client.ts), as `jobnet-queue` with a minute per statement.
    ...clientOptions("queue", max),
    transform: { undefined: null },
    types: {
      json: {
        to: 114,
        from: [114, 3802],
        serialize: (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value)),
        parse: (text: string) => JSON.parse(text),
      },
    },
  });
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) {
        const rows = await sql.unsafe(text, values as postgres.ParameterOrJSON<never>[]);
        return { rows: [...rows] };
      }
      const connection = await sql.reserve();
      try {
        const result: postgres.RowList<postgres.Row[]> = await connection.unsafe(text).simple();
        // Several statements give a list of results, one per statement (postgres.js files each
        // statement's rows under the next one); pg-boss reads no rows from those.
        return { rows: isResult(result[0]) ? [] : [...result] };
      } catch (error) {
        // A statement that fails after the text's BEGIN leaves the connection in an aborted
        // transaction; it goes back to the pool clean. (Without a transaction this only warns.)
        await connection.unsafe("rollback").catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Whether `value` is one statement's result (postgres.js's RowList), rather than a row. */
function isResult(value: unknown): boolean {
  return Array.isArray(value) && "command" in value;
}
