// Vitest global setup for the Postgres project: one migrated template database per run,
// from which every test gets a fresh copy (CREATE DATABASE … TEMPLATE is fast).
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("The postgres test project needs TEST_DATABASE_URL");
  const prefix = `jobnet_test_${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_template`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${template}"`);
  const handle = openPostgres(databaseUrl(base, template), { max: 1 });
  await migrateDatabase(handle);
  await handle.close();
  project.provide("postgresTemplate", template);
  project.provide("postgresPrefix", prefix);

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
    postgresPrefix: string;
  }
}
