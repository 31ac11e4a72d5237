// The draft purge (R3.1) over 1,000,000 drafts, in a process of its own so its memory is its
// own: `npm run bench` runs it after the pages; alone it is
//   npx tsx --conditions=react-server scripts/bench-purge.ts
// On a fresh embedded database in a temporary folder, or, with BENCH_DATABASE_URL (a
// PostgreSQL server it may create a database on), on a database made for the run and dropped
// after it. One citizen per draft (a citizen has one questionnaire); every tenth is in
// ressourceforløb, whose draft is kept; the others' drafts started 7 to 8½ months ago and are
// deleted. Prints the seconds, rows per second and memory; asserts nothing.
// BENCH_PURGE_DRAFTS sets another number of drafts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPglite, openPostgres, useDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { PURGE_BATCH_SIZE, purgeExpiredDrafts } from "@/lib/forberedelsesskema/mutations";

const drafts = Number(process.env.BENCH_PURGE_DRAFTS ?? 1_000_000);
const serverUrl = process.env.BENCH_DATABASE_URL;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const thousands = (value: number) => value.toLocaleString("en-GB");

// Where the run's database lives, and how to remove it.
let cleanUp: () => Promise<void>;
let handle: DatabaseHandle;
let setupHandle: DatabaseHandle;
if (serverUrl) {
  const name = `jobnet_bench_purge_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The purge runs on a pool like the portal's (5 s statement timeout); the set-up without a timeout.
  handle = openPostgres(url.href);
  setupHandle = openPostgres(url.href, { max: 1, purpose: "migration" });
  cleanUp = async () => {
    await setupHandle.close();
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const folder = mkdtempSync(path.join(os.tmpdir(), "jobnet-bench-purge-"));
  handle = openPglite(path.join(folder, "pglite"));
  setupHandle = handle;
  cleanUp = async () => {
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
  };
}

try {
  await migrateDatabase(handle);
  useDatabase(handle);

  // One statement: the citizens (no CPR-like numbers: a letter and nine digits) and their drafts.
  const setupStarted = performance.now();
  await setupHandle.db.execute(sql`
    with bench_citizens as (
      insert into citizens (cpr, name, contact_group)
      select 'B' || lpad(i::text, 9, '0'), 'Bench ' || i,
             (case when i % 10 = 0 then 'ressourceforloeb' else 'dagpengemodtager' end)::contact_group
      from generate_series(1, ${drafts}::int) as i
      returning id, cpr
    )
    insert into forberedelsesskemaer (citizen_id, answers, started_at, updated_at)
    select id, '{"forventet-job": "ved-ikke", "ansoegninger": "1-5"}'::jsonb,
           now() - interval '7 months' - (substr(cpr, 2)::int % 1000) * interval '1 hour',
           now() - interval '7 months'
    from bench_citizens`);
  if (handle.kind === "postgres") await setupHandle.db.execute(sql`analyze citizens, forberedelsesskemaer`);
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  const counts = await purgeExpiredDrafts({ now: new Date() });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());

  const [{ left }] = (await handle.db.select({ left: sql<number>`count(*)::int` }).from(sql`forberedelsesskemaer`)) as { left: number }[];
  console.log(
    `\nDraft purge (R3.1), ${serverUrl ? "PostgreSQL" : "embedded database"}: ${thousands(drafts)} drafts, one citizen each, ` +
      `every tenth in ressourceforløb (kept); batches of ${thousands(PURGE_BATCH_SIZE)}`,
  );
  console.log(`  set-up (one insert … select generate_series): ${setupSeconds.toFixed(1)} s`);
  console.log(
    `  purge: ${thousands(counts.deleted)} deleted in ${thousands(counts.batches)} batches, ${thousands(left)} kept; ` +
      `${seconds.toFixed(1)} s, ${thousands(Math.round(counts.deleted / seconds))} rows/s`,
  );
  console.log(
    `  memory (RSS): ${mb(rssBefore)} before the purge, ${mb(peak)} at most during it; ` +
      `the process's peak ${mb(process.resourceUsage().maxRSS * 1024)} (the set-up included)`,
  );
} finally {
  useDatabase(undefined);
  await cleanUp();
}
