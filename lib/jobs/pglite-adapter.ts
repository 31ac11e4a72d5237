import type { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";

/**
 * pg-boss's database adapter (`{ executeSql(text, values) }`) over the embedded PGlite. What
 * pg-boss sends is of two kinds: statements with parameters, one at a time (fetch, complete,
 * send, schedule), which go through `query` (the extended protocol); and statements without
 * parameters, where its schema set-up and migrations send many in one text wrapped in
 * BEGIN … COMMIT, which go through `exec` (the simple protocol). A text of one statement
 * gives its rows; a text of several gives none, as pg-boss reads no rows from those. When one
 * of them fails, the transaction the text began is rolled back before the error is passed on.
 *
 * pg-boss hands `undefined` for options it leaves unset; they are sent as null, as the `pg`
 * driver pg-boss is written for does. JSON it has already serialised passes as it is. PGlite
 * runs one statement at a time, so pg-boss's work queues behind the portal's queries.
 */
export function pgliteQueueDb(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) {
        const result = await pglite.query(
          text,
          values.map((value) => (value === undefined ? null : value)),
        );
        return { rows: result.rows };
      }
      try {
        const results = await pglite.exec(text);
        return { rows: results.length === 1 ? results[0].rows : [] };
      } catch (error) {
        // A statement that fails after the text's BEGIN leaves the transaction open and aborted,
        // and PGlite is the portal's only connection: every later query would fail.
        if (pglite.isInTransaction()) await pglite.exec("rollback");
        throw error;
      }
    },
  };
}
