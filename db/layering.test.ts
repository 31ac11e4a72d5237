import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

/** Every module a source file imports, as written (`@/lib/log`, `./schema`, `node:fs`). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1] ?? match[2]);
}

/** The TypeScript files below `folder` that the product runs (tests left out). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

const reaches = (specifier: string, folder: string) => specifier.startsWith(`@/${folder}/`) || new RegExp(`^(\\.\\./)+${folder}/`).test(specifier);

describe("the layers", () => {
  test("X4 db/ is schema, client and migrations: it imports nothing from lib/ or app/", () => {
    const files = sourceFiles("db");
    expect(files.length).toBeGreaterThan(5);
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => reaches(spec, "lib") || reaches(spec, "app"))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(upward).toEqual([]);
  });

  test("X5 lib/auth does not import lib/identity (identity builds on sessions, not the other way)", () => {
    const files = sourceFiles("lib/auth");
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("@/lib/identity") || spec.startsWith("../identity"))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(upward).toEqual([]);
  });

  test("X4 in lib/notifications only queries.ts and mutations.ts reach the database (`db`); the rest take an executor from them", () => {
    const files = sourceFiles("lib/notifications");
    expect(files.length).toBeGreaterThan(5);
    const reaching = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      // A type from the client (`import type { Executor }`) is no way in to the database.
      return /(?:^|\n)\s*import\s+(?!type\s)[^;]*?from\s+"(?:@\/db\/client|(?:\.\.\/)+db\/client)"/.test(source);
    });
    expect(reaching.sort()).toEqual(["lib/notifications/mutations.ts", "lib/notifications/queries.ts"]);
  });

  test("X4 the import reader finds what a file imports", () => {
    expect(importsOf("lib/database-observer.ts")).toEqual(["@/db/availability", "@/lib/http/request-context", "@/lib/log"]);
  });
});
