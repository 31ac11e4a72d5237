import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { formParseOptions } from "@/lib/form-parse-options";

/** Loads a form's zod schema: `() => import("@/lib/support/schema").then((m) => m.supportRequestSchema)`. */
export type SchemaLoader<Values extends FieldValues> = () => Promise<z.ZodType<unknown, Values>>;

/** Makes every error message of a resolver's result a key from the root of the message files. */
function qualify(errors: FieldErrors, namespace: string): void {
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== "object") continue;
    if (typeof value.message === "string" && "type" in value) value.message = `${namespace}.${value.message}`;
    else qualify(value as FieldErrors, namespace);
  }
}

/**
 * A react-hook-form resolver for a form's zod schema that loads the schema, zod and the
 * resolver only when the form is first used (focus or submit), so a page with a form does
 * not carry zod in its first-load JavaScript (the form works as plain HTML until then, X3).
 * The schema is the one the server action parses with. Error messages come back as keys from
 * the root of the message files (`supportRequest.errors.textInvalid`), as the action's do.
 * If the code cannot be loaded (offline, a new deployment), the form is sent unchecked and
 * the server checks it.
 */
export function lazySchemaResolver<Values extends FieldValues>(load: SchemaLoader<Values>): { resolver: Resolver<Values>; preload: () => void } {
  let loading: Promise<Resolver<Values>> | undefined;
  const ready = () =>
    (loading ??= Promise.all([load(), import("@hookform/resolvers/zod"), import("@/lib/form-messages")]).then(
      ([schema, { zodResolver }, { formMessagesNamespace }]) => {
        // The resolver's types expect the schema's exact input and output; the action owns the output.
        const check = zodResolver(schema as never, formParseOptions) as unknown as Resolver<Values>;
        const namespace = formMessagesNamespace(schema);
        const resolver: Resolver<Values> = async (values, context, options) => {
          const result = await check(values, context, options);
          qualify(result.errors, namespace);
          return result;
        };
        return resolver;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const resolver: Resolver<Values> = async (values, context, options) => {
    let check: Resolver<Values>;
    try {
      check = await ready();
    } catch {
      return { values, errors: {} };
    }
    return check(values, context, options);
  };
  return {
    resolver,
    preload: () => {
      ready().catch(() => {});
    },
  };
}
