/**
 * The texts every page's client islands may need, whatever the page: titles marked as failed
 * (`metadata`), the generic and validation messages an action can answer with (`errors`),
 * what the error boundary says, and what the shared form fields say (`forms`: the `Fejl:` read
 * out before a field's error).
 */
export const SHELL_CLIENT_NAMESPACES = ["metadata", "errors", "errorPage", "databaseUnavailable", "forms"] as const;

/**
 * The part of a message file under the given paths (`"supportRequest"`, `"staff.contacts"`),
 * in the file's own shape, so `useTranslations("staff.contacts")` finds it where it always
 * did. A path the file lacks is left out; the client's fallback then shows the generic text.
 */
export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source: unknown = messages;
    for (const part of parts) source = isTree(source) && Object.hasOwn(source, part) ? source[part] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const part of parts.slice(0, -1)) {
      const existing = target[part];
      target = isTree(existing) ? existing : (target[part] = {});
    }
    target[parts[parts.length - 1]] = source;
  }
  return picked;
}

/** A message file or part of one: texts, and lists of texts, under nested keys. */
export type MessageTree = { [key: string]: unknown };

function isTree(value: unknown): value is MessageTree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
