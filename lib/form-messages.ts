import { z } from "zod";

/**
 * Where a form's validation messages live. Every message a form schema gives is a key under
 * its namespace in messages/da.json and messages/en.json; the form (useSchemaForm) reads the
 * namespace from here, and lib/form-messages.test.ts walks every schema in lib/*\/schema.ts
 * and finds each key in both files.
 */
export const formMessages = z.registry<{ namespace: string }>();

/** Says under which namespace the messages of these form schemas are keys. */
export function registerFormMessages(namespace: string, ...schemas: z.ZodType[]): void {
  for (const schema of schemas) formMessages.add(schema, { namespace });
}

/** The namespace of a form schema's messages; `errors` (the shared messages) for one that is not registered. */
export function formMessagesNamespace(schema: z.ZodType): string {
  return formMessages.get(schema)?.namespace ?? "errors";
}

export { INVALID_INPUT_KEY, formParseOptions } from "./form-parse-options";

/**
 * A message key of a form schema as a key from the root of the message files: `cprMissing`
 * from a schema registered under `staff.errors` is `staff.errors.cprMissing`.
 */
export function qualifiedMessageKey(schema: z.ZodType, key: string): string {
  return `${formMessagesNamespace(schema)}.${key}`;
}
