import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { withFreshDatabase } from "@/tests/support/database";
import { isStorableText, TEXT_INVALID } from "./validation";

// Any UTF-16 code units, so lone surrogates and NUL turn up, not only well-formed text.
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((units) => String.fromCharCode(...units));
const unstorableCharacter = fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff");
/** Text with at least one character PostgreSQL cannot store, somewhere in it (a surrogate kept unpaired). */
const unstorable = fc
  .tuple(fc.string({ unit: "grapheme", maxLength: 8 }), unstorableCharacter, fc.string({ unit: "grapheme", maxLength: 8 }))
  .map(([before, bad, after]) => before + bad + after);
const storable = fc.string({ unit: "grapheme", maxLength: 12 });

describe("storable text", () => {
  const { db } = withFreshDatabase();

  test("X4 text is storable exactly when PostgreSQL stores it unchanged", async () => {
    await db().execute(sql`create temporary table probe (value text)`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyUnits, unstorable, storable), async (value) => {
        let stored: string | null = null;
        try {
          await db().transaction(async (tx) => {
            const rows = await tx.execute<{ value: string }>(sql`insert into probe (value) values (${value}) returning value`);
            stored = (Array.isArray(rows) ? rows : (rows as { rows: { value: string }[] }).rows)[0].value;
          });
        } catch {
          stored = null;
        }
        // Storable text comes back as it went in; anything else is refused or changed on the way.
        expect(isStorableText(value)).toBe(stored === value);
      }),
      { numRuns: 80 },
    );
  });
});

type Schemas = Record<string, unknown>;
// Every module of form, search and API schemas — a new one is found without editing this test.
const schemaModules = import.meta.glob<Schemas>(["/lib/**/schema.ts", "/lib/**/schemas.ts"], { eager: true });

type ObjectSchema = z.ZodType & { shape: Record<string, z.ZodType> };
const isObjectSchema = (value: unknown): value is ObjectSchema =>
  typeof value === "object" && value !== null && "shape" in value && typeof (value as { safeParse?: unknown }).safeParse === "function";

const objectSchemas = Object.entries(schemaModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isObjectSchema(value))
    .map(([name, schema]) => ({ name: `${path.basename(path.dirname(file))}/${name}`, schema: schema as ObjectSchema })),
);

// Ordinary values a person or system types into such fields; a field that takes any of them takes text.
const ordinaryValues = [
  "Anna Andersen",
  "0101901111",
  "010190-1111",
  "12345678",
  "+45 12 34 56 78",
  "anna@example.dk",
  "2026-05-01T10:00",
  "Tekst",
  "bent.brugerkode",
  "Jobnet-Demo-2022-lang-nok",
];

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

describe("every schema refuses text PostgreSQL cannot store", () => {
  test("X4 the schemas are found", () => {
    expect(objectSchemas.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        "support/supportRequestSchema",
        "identity/brugerkodeLoginSchema",
        "identity/createProfileSchema",
        "content/faqEntrySchema",
        "content/faqSearchSchema",
        "contacts/contactPersonSchema",
        "api/registerCitizenRequest",
      ]),
    );
  });

  for (const { name, schema } of objectSchemas) {
    test(`X4 ${name}: no unstorable text gets through any field, and a text field says why`, () => {
      for (const [field, fieldSchema] of Object.entries(schema.shape)) {
        // (A field that takes the value but gives back something else, like a language with a default, does not take text.)
        const textSample = ordinaryValues.find((value) => fieldSchema.safeParse(value).data === value);
        fc.assert(
          fc.property(unstorable, fc.nat(), (bad, at) => {
            // Whatever else the object holds, what comes out is storable.
            const parsed = schema.safeParse({ [field]: bad });
            if (parsed.success) expect(stringsIn(parsed.data).every(isStorableText)).toBe(true);
            if (textSample === undefined) return;
            // A field that takes text refuses the same text with one bad character in it, with the storable-text message.
            const position = at % (textSample.length + 1);
            const result = fieldSchema.safeParse(textSample.slice(0, position) + bad + textSample.slice(position));
            expect(result.success).toBe(false);
            const message = result.error!.issues[0].message;
            expect(message === TEXT_INVALID || /NUL character/.test(message)).toBe(true);
          }),
          { numRuns: 40 },
        );
      }
    });
  }
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

test("X4 text fields start from the storable-text building block, in every schema now and later", () => {
  // Settings read from the environment are the operator's, not input; they keep z.string().
  const exempt = new Set(["lib/validation.ts", "lib/config.ts", "lib/notifications/config.ts"]);
  const offenders = ["lib", "app", "components", "db"]
    .flatMap((folder) => sourceFiles(path.resolve(folder)))
    .map((file) => path.relative(process.cwd(), file).split(path.sep).join("/"))
    .filter((file) => !exempt.has(file) && /\bz\s*\.\s*(string|coerce\s*\.\s*string)\s*\(/.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
});
