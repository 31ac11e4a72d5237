import { sql } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { withFreshDatabase } from "@/tests/support/database";
import { pgliteQueueDb } from "./pglite-adapter";
import { openPostgresQueueDb, type QueueDb } from "./postgres-adapter";

// The two adapters pg-boss runs on, given what pg-boss sends them (see each adapter's comment).
const { db, handle } = withFreshDatabase();

let opened: QueueDb | undefined;
function adapter() {
  const current = handle();
  if (current.kind === "pglite") return pgliteQueueDb(current.pglite!);
  opened = openPostgresQueueDb(current.url!);
  return opened;
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

describe("pg-boss's database adapters", () => {
  test("R3.1 several statements without parameters run in one go (and give no rows); one gives its rows", async () => {
    const queueDb = adapter();
    const { rows } = await queueDb.executeSql(
      "BEGIN; create table queue_check (n int); insert into queue_check values (1), (2); select count(*)::int as n from queue_check; COMMIT;",
      [],
    );
    expect(rows).toEqual([]);
    expect((await queueDb.executeSql("select count(*)::int as n from queue_check", [])).rows).toEqual([{ n: 2 }]);
  });

  test("R3.1 a failing statement inside the text's transaction is rolled back: the database stays usable", async () => {
    const queueDb = adapter();
    await expect(queueDb.executeSql("BEGIN; create table twice (n int); create table twice (n int); COMMIT;", [])).rejects.toThrow(/already exists/);
    // On PGlite the portal's own connection; on PostgreSQL every connection of the queue's pool.
    await expect(db().execute(sql`select 1`)).resolves.toBeDefined();
    for (let i = 0; i < 4; i++) expect((await queueDb.executeSql("select 1 as one", [])).rows).toEqual([{ one: 1 }]);
    expect((await queueDb.executeSql("select to_regclass('twice')::text as name", [])).rows).toEqual([{ name: null }]);
  });

  test("R3.1 parameters as pg-boss sends them: JSON it serialised passes as it is, objects are serialised, undefined is null, arrays are arrays", async () => {
    const queueDb = adapter();
    const { rows } = await queueDb.executeSql(
      "select $1::jsonb as serialised, $2::jsonb as object, $3::text as missing, cardinality($4::uuid[]) as ids, $5::int as number, $6::bool as flag",
      ['{"a":1}', { b: [2] }, undefined, ["0b3d1b8e-5d7c-4c8a-9f4e-2a1b3c4d5e6f", "1b3d1b8e-5d7c-4c8a-9f4e-2a1b3c4d5e6f"], 7, true],
    );
    expect(rows).toEqual([{ serialised: { a: 1 }, object: { b: [2] }, missing: null, ids: 2, number: 7, flag: true }]);
    const recordset = await queueDb.executeSql("select name from json_to_recordset($1) as x (name text)", [JSON.stringify([{ name: "a" }, { name: "b" }])]);
    expect(recordset.rows).toEqual([{ name: "a" }, { name: "b" }]);
  });
});
