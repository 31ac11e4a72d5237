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

/**
 * The key of a problem whose check has no message of its own: a field missing from the post,
 * a hidden value that was changed. Every namespace has it, so no problem is ever shown as
 * zod's English text or as a raw key.
 */
export const INVALID_INPUT_KEY = "invalid";

/** How every form is parsed, in the browser and on the server. */
export const formParseOptions = { error: () => INVALID_INPUT_KEY };
