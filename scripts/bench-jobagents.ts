// Job-agent matching (R3.4) at scale, in a process of its own: `npm run bench` runs it after the
// purge; alone it is
//   npx tsx --conditions=react-server scripts/bench-jobagents.ts
// For BENCH_MATCH_ADS ads (default 100,000) × BENCH_MATCH_AGENTS agents (default 10,000), and
// again with each doubled, on a fresh embedded database in a temporary folder, or, with
// BENCH_DATABASE_URL (a PostgreSQL server it may create databases on), on a database made for
// the run and dropped after it. Each size is measured twice: the first run, when every agent is
// new and is compared with every open ad, and a routine run after 1 % more ads are published.
// Agents have 1–3 exact titles; about a third also have words, 40 % a region and 10 % a
// postcode, half of those (where the postcode has a point) with a 50 km distance, whose nearby
// postcodes are worked out as the portal does when an agent is saved. Prints seconds, statements and matches per run and how the time grows when the
// ads or the agents double; asserts nothing.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPglite, openPostgres, useDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { MATCH_BATCH_SIZE, matchJobAgents, type MatchCounts } from "@/lib/jobagents/mutations";
import { occupationTitles } from "@/lib/jobsearch/occupations";
import { postcodesWithin } from "@/lib/jobsearch/distance";
import { allPostnumre } from "@/lib/jobsearch/postnumre";

const baseAds = Number(process.env.BENCH_MATCH_ADS ?? 100_000);
const baseAgents = Number(process.env.BENCH_MATCH_AGENTS ?? 10_000);
const serverUrl = process.env.BENCH_DATABASE_URL;
const thousands = (value: number) => value.toLocaleString("en-GB");

const codes = occupationTitles().map((title) => title.code);
const places = allPostnumre();
const words = ["python", "sql", "ledelse", "kunder", "lager", "pleje", "undervisning", "regnskab", "salg", "rengøring"];
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

/** A fresh database for one size, and how to remove it. */
async function freshDatabase(): Promise<{ handle: DatabaseHandle; setup: DatabaseHandle; cleanUp(): Promise<void> }> {
  if (serverUrl) {
    const name = `jobnet_bench_agents_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = openPostgres(url.href, { max: 1, purpose: "migration" });
    return {
      handle,
      setup: handle,
      async cleanUp() {
        await handle.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), "jobnet-bench-agents-"));
  const handle = openPglite(path.join(folder, "pglite"));
  return {
    handle,
    setup: handle,
    async cleanUp() {
      await handle.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** `count` generated ads numbered from `from`, in one insert … select: every title, every postcode, 90 % open. */
async function addAds(handle: DatabaseHandle, from: number, count: number, publishedAt: Date) {
  await handle.db.execute(sql`
    insert into job_ads (occupation_code, title, employer, description, street, postcode, city, region, working_hours, employment_kind,
                         published_at, deadline, how_to_apply)
    select (${textArray(codes)})[1 + (i * 7919) % ${codes.length}],
           'Stilling ' || i, 'Arbejdsgiver ' || (i % 5000) || ' A/S',
           'Vi søger en kollega. ' || (${textArray(words)})[1 + i % ${words.length}] || ' og ' || (${textArray(words)})[1 + (i / 7) % ${words.length}],
           'Vej ' || i, (${textArray(places.map((p) => p.postnummer))})[1 + i % ${places.length}],
           (${textArray(places.map((p) => p.by))})[1 + i % ${places.length}],
           ((${textArray(places.map((p) => p.region))})[1 + i % ${places.length}])::region,
           (case when i % 4 = 0 then 'deltid' else 'fuldtid' end)::working_hours,
           (case when i % 5 = 0 then 'tidsbegraenset' else 'fast' end)::employment_kind,
           ${publishedAt.toISOString()}::timestamptz,
           (current_date + (case when i % 10 = 0 then -3 else 1 + i % 60 end))::date,
           'Send en ansøgning.'
    from generate_series(${from}::int, ${from + count - 1}::int) as i`);
}

/** `count` citizens, one agent each, with 1–3 titles, some with words, a region or a postcode. */
async function addAgents(handle: DatabaseHandle, count: number) {
  await handle.db.execute(sql`
    with bench_citizens as (
      insert into citizens (cpr, name)
      select 'A' || lpad(i::text, 9, '0'), 'Agent ' || i from generate_series(1, ${count}::int) as i
      returning id, substr(cpr, 2)::int as i
    ), agents as (
      insert into job_agents (citizen_id, words, region, postcode, frequency)
      select id,
             case when i % 3 = 0 then (${textArray(words)})[1 + i % ${words.length}] else '' end,
             case when i % 10 < 4 then ((${textArray(places.map((p) => p.region))})[1 + i % ${places.length}])::region end,
             case when i % 10 = 9 then (${textArray(places.map((p) => p.postnummer))})[1 + (i * 31) % ${places.length}] end,
             (case when i % 4 = 0 then 'weekly' else 'daily' end)::job_agent_frequency
      from bench_citizens
      returning id, (select i from bench_citizens b where b.id = citizen_id) as i
    )
    insert into job_agent_titles (agent_id, occupation_code)
    select distinct a.id, (${textArray(codes)})[1 + ((a.i + k * 13) * 104729) % ${codes.length}]
    from agents a, generate_series(0, 2) as k
    where k < 1 + a.i % 3`);
}

/** Every placed postcode's postcodes within 50 km, as one JSON object (postcode → list). */
const within50 = JSON.stringify(
  Object.fromEntries(
    places.flatMap(({ postnummer }) => {
      const nearby = postcodesWithin({ postcode: postnummer, km: 50 });
      return nearby ? [[postnummer, nearby]] : [];
    }),
  ),
);

/** Half of the postcode agents (every second by id, where the postcode has a point) get a 50 km distance. */
async function addDistances(handle: DatabaseHandle): Promise<number> {
  const result = await handle.db.execute(sql`
    with ranked as (
      select id, row_number() over (order by id) as n from job_agents where postcode is not null
    ), nearby as (select ${within50}::jsonb as m)
    update job_agents a
    set distance_km = 50, nearby_postcodes = array(select jsonb_array_elements_text(nearby.m -> a.postcode))
    from ranked, nearby
    where ranked.id = a.id and ranked.n % 2 = 0 and jsonb_exists(nearby.m, a.postcode)
    returning 1`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length;
}

type Run = { seconds: number; counts: MatchCounts };

async function timed(): Promise<Run> {
  const started = performance.now();
  const counts = await matchJobAgents({ now: new Date() });
  return { seconds: (performance.now() - started) / 1000, counts };
}

/** The two runs at one size. */
async function measure(ads: number, agents: number): Promise<{ first: Run; routine: Run; setupSeconds: number; withDistance: number }> {
  const { handle, setup, cleanUp } = await freshDatabase();
  try {
    await migrateDatabase(handle);
    useDatabase(handle);
    const setupStarted = performance.now();
    await addAds(setup, 1, ads, new Date(Date.now() - 24 * 60 * 60 * 1000));
    await addAgents(setup, agents);
    const withDistance = await addDistances(setup);
    await setup.db.execute(sql`analyze job_ads, job_agents, job_agent_titles`);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const first = await timed();
    await addAds(setup, ads + 1, Math.max(1, Math.round(ads / 100)), new Date());
    await setup.db.execute(sql`analyze job_ads, job_agent_matches`);
    const routine = await timed();
    return { first, routine, setupSeconds, withDistance };
  } finally {
    useDatabase(undefined);
    await cleanUp();
  }
}

const line = (label: string, run: Run) =>
  `  ${label}: ${run.seconds.toFixed(2)} s, ${thousands(run.counts.queries)} statements in ${thousands(run.counts.batches)} batches, ` +
  `${thousands(run.counts.matched)} new matches for ${thousands(run.counts.agents)} agents`;

console.log(
  `\nJob-agent matching (R3.4), ${serverUrl ? "PostgreSQL" : "embedded database"}: batches of ${thousands(MATCH_BATCH_SIZE)} agents, ` +
    `one insert … select per batch`,
);
const sizes: { label: string; ads: number; agents: number }[] = [
  { label: "base", ads: baseAds, agents: baseAgents },
  { label: "ads doubled", ads: baseAds * 2, agents: baseAgents },
  { label: "agents doubled", ads: baseAds, agents: baseAgents * 2 },
];
const results: Record<string, { first: Run; routine: Run }> = {};
for (const size of sizes) {
  const result = await measure(size.ads, size.agents);
  results[size.label] = result;
  console.log(
    `${thousands(size.ads)} ads × ${thousands(size.agents)} agents (${size.label}; ${thousands(result.withDistance)} with a 50 km distance; set-up ${result.setupSeconds.toFixed(1)} s):`,
  );
  console.log(line("first run (every agent new, every open ad)", result.first));
  console.log(line(`routine run (${thousands(Math.max(1, Math.round(size.ads / 100)))} new ads)`, result.routine));
}
const growth = (label: string, run: "first" | "routine") => (results[label][run].seconds / results.base[run].seconds).toFixed(2);
console.log(
  `  growth of run time: ads doubled ×${growth("ads doubled", "first")} (first run), ×${growth("ads doubled", "routine")} (routine run); ` +
    `agents doubled ×${growth("agents doubled", "first")} (first run), ×${growth("agents doubled", "routine")} (routine run)`,
);
