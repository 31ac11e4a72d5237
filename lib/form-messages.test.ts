import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { formMessages, formParseOptions, INVALID_INPUT_KEY } from "./form-messages";

// Every form schema in lib/<domain>/schema.ts, found on disk, so a new domain's forms are
// checked without anyone editing this test. (lib/api has its own schemas, with plain English
// problem details for machines, not message keys.)
const libDir = import.meta.dirname;
const schemaFiles = readdirSync(libDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(libDir, entry.name, "schema.ts")))
  .map((entry) => `${entry.name}/schema.ts`);
const exportsByFile = await Promise.all(
  schemaFiles.map(async (file) => ({ file, exports: (await import(path.join(libDir, file))) as Record<string, unknown> })),
);

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;
/** A form posts an object; schemas of single values (cprSchema) are building blocks of forms. */
const isFormSchema = (schema: z.ZodType) => schema._zod.def.type === "object";

const formSchemas = exportsByFile.flatMap(({ file, exports }) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]) && isFormSchema(entry[1]))
    .map(([name, schema]) => ({ file, name, schema, namespace: formMessages.get(schema)?.namespace })),
);

type ErrorMap = ((issue: unknown) => unknown) | undefined;
interface Def {
  type: string;
  error?: ErrorMap;
  checks?: { _zod: { def: { check: string; error?: ErrorMap } } }[];
  [child: string]: unknown;
}

// What an error map gives for a problem; a map given as a string answers every problem alike.
const probe = { code: "custom", input: undefined, path: [], message: undefined };
function messageOf(error: ErrorMap): string | undefined {
  const answer = error?.(probe);
  if (typeof answer === "string") return answer;
  if (answer && typeof answer === "object" && typeof (answer as { message?: unknown }).message === "string") return (answer as { message: string }).message;
  return undefined;
}

// Wrappers that pass a value on (or replace a missing one) and raise no problem of their own.
const RAISE_NOTHING_THEMSELVES = new Set(["optional", "nullable", "default", "prefault", "readonly", "pipe", "transform", "lazy", "any", "unknown", "success"]);

/**
 * Every message a schema can give, read from zod 4's definitions: each schema's own problem
 * (a wrong type, an option not offered), each check and refinement, through objects, pipes,
 * unions and wrappers — as zod chooses it: the check's message, else its schema's, else the
 * form's fallback key.
 */
function messagesOfSchema(schema: z.ZodType, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  // `.catch()` replaces every problem of what it wraps with its value.
  if (def.type === "catch") return found;
  if (!RAISE_NOTHING_THEMSELVES.has(def.type)) found.add(messageOf(def.error) ?? INVALID_INPUT_KEY);
  for (const check of def.checks ?? []) {
    const checkDef = check._zod.def;
    if (checkDef.check === "overwrite") continue; // trim() and the like change the value, never refuse it
    found.add(messageOf(checkDef.error) ?? messageOf(def.error) ?? INVALID_INPUT_KEY);
  }
  const children: unknown[] = [
    ...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}),
    def.catchall,
    def.element,
    ...((def.options as unknown[] | undefined) ?? []),
    ...((def.items as unknown[] | undefined) ?? []),
    def.rest,
    def.left,
    def.right,
    def.in,
    def.out,
    def.innerType,
    def.keyType,
    def.valueType,
    typeof def.getter === "function" ? (def.getter as () => unknown)() : undefined,
  ];
  for (const child of children) if (isSchema(child)) messagesOfSchema(child, found, seen);
  return found;
}

// A transform or superRefine can raise a problem with a message the definitions do not show;
// parsing sample posts catches those the samples reach.
const SAMPLE_VALUES = [undefined, "", " ", "x", "0", "-1", "ja", "on", "a".repeat(10_001), "a\u0000b", "\ud800", "2026-02-30T10:00", crypto.randomUUID()];
function messagesOfSamples(schema: z.ZodType): Set<string> {
  const shape = (schema._zod.def as unknown as Def).shape as Record<string, unknown>;
  const posts: unknown[] = [{}, ...SAMPLE_VALUES.map((value) => Object.fromEntries(Object.keys(shape).map((key) => [key, value])))];
  const found = new Set<string>();
  for (const post of posts) {
    const result = schema.safeParse(post, formParseOptions);
    for (const issue of result.error?.issues ?? []) found.add(issue.message);
  }
  return found;
}

const messageFiles = { da, en } as Record<string, unknown>;
function textAt(language: string, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messageFiles[language]);
}

/** The messages of a schema that are not a text under its namespace in both files, as `language: key`. */
function missingMessages(schema: z.ZodType, namespace: string): string[] {
  const messages = new Set([...messagesOfSchema(schema), ...messagesOfSamples(schema)]);
  return [...messages].flatMap((message) =>
    Object.keys(messageFiles)
      .filter((language) => typeof textAt(language, `${namespace}.${message}`) !== "string")
      .map((language) => `${language}: ${namespace}.${message}`),
  );
}

describe("validation messages", () => {
  test("X2 the walk finds the form schemas in every lib/<domain>/schema.ts", () => {
    expect(schemaFiles).toEqual(expect.arrayContaining(["identity/schema.ts", "support/schema.ts", "staff/schema.ts"]));
    expect(formSchemas.map(({ name }) => name)).toEqual(expect.arrayContaining(["supportRequestSchema", "newPasswordSchema", "flagChangeSchema"]));
  });

  test("X2 every form schema says under which namespace its messages are (registerFormMessages)", () => {
    expect(formSchemas.filter(({ namespace }) => !namespace).map(({ file, name }) => `${file} ${name}`)).toEqual([]);
  });

  test.each(formSchemas.map((form) => [`${form.file} ${form.name}`, form] as const))(
    "X2 every message %s can give is in both message files",
    (_name, { schema, namespace }) => {
      expect(missingMessages(schema, namespace ?? "(no namespace)")).toEqual([]);
    },
  );

  test("X2 the walk finds messages inside refinements, pipes, transforms, unions and wrappers", () => {
    const schema = z
      .object({
        piped: z
          .string()
          .trim()
          .transform((value) => value.toUpperCase())
          .pipe(z.string().regex(/^\d+$/, "pipedInvalid")),
        wrapped: z.string().max(5, "wrappedTooLong").optional().default(""),
        either: z.union([z.uuid("eitherInvalid"), z.literal("")]),
        refined: z.string().refine((value) => value !== "x", "refinedInvalid"),
        caught: z.string().min(1, "neverShown").catch(""),
        own: z.enum(["a", "b"], "ownMissing"),
        hiddenTransformProblem: z.string().transform((value, context) => {
          if (value === "0") context.addIssue({ code: "custom", message: "transformProblem" });
          return value;
        }),
      })
      .refine(() => true, { message: "objectProblem", path: ["refined"] });
    const found = new Set([...messagesOfSchema(schema), ...messagesOfSamples(schema)]);
    for (const key of [
      "pipedInvalid",
      "wrappedTooLong",
      "eitherInvalid",
      "refinedInvalid",
      "ownMissing",
      "objectProblem",
      "transformProblem",
      INVALID_INPUT_KEY,
    ]) {
      expect(found).toContain(key);
    }
    expect(found).not.toContain("neverShown");
  });

  test("X2 a message missing from a message file is reported with its language and key", () => {
    const schema = z.object({ name: z.string().min(1, "nameMissing").max(5, "notInTheFilesAtAll") });
    expect(missingMessages(schema, "supportRequest.errors")).toEqual([
      "da: supportRequest.errors.notInTheFilesAtAll",
      "en: supportRequest.errors.notInTheFilesAtAll",
    ]);
  });

  test("X2 no form schema declares the page's locale: the action wrappers add it, once (lib/actions.ts)", () => {
    const declaring = formSchemas.filter(({ schema }) => "locale" in (schema as unknown as z.ZodObject).shape).map(({ file, name }) => `${file} ${name}`);
    expect(formSchemas.length).toBeGreaterThan(10);
    expect(declaring).toEqual([]);
  });
});
