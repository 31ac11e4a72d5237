import { currentRequestContext } from "./http/request-context";
import { redact } from "./log";

// Every line the portal's process writes goes through the console: the portal's own log
// (lib/log.ts), Next's error printing, libraries. Errors are where personal data hides —
// a failed query's message lists its parameters (a name, a phone number, a CPR number typed
// as a username), a database error quotes the value it refused, PGlite's errors carry the
// parameters as a property — so the console itself describes any error by what support
// needs (kind, query with placeholders, codes, where it was thrown) and never by its data.

const DATABASE_CODE = /^[0-9A-Z]{5}$/;

interface ErrorFields {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  cause?: unknown;
  digest?: unknown;
  code?: unknown;
  severity?: unknown;
  query?: unknown;
  params?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
  table?: unknown;
  table_name?: unknown;
}

function isErrorLike(value: unknown): value is ErrorFields {
  return value instanceof Error || (typeof value === "object" && value !== null && "stack" in value && "message" in value);
}

/** Text from anywhere, made fit for a log line: no CPR number, no query parameters. */
export function redactLogText(text: string): string {
  return (
    redact(text)
      .replace(/(\n\s*params: ).*/g, "$1[withheld]")
      // The same inside a quoted field of a structured line, where the line break is written \n.
      .replace(/(\\n\s*params: )(?:[^"\\]|\\.)*/g, "$1[withheld]")
  );
}

function messageOf(error: ErrorFields): string {
  // A database's own error: its codes; its message and detail can quote the refused value.
  if (typeof error.severity === "string" && typeof error.code === "string" && DATABASE_CODE.test(error.code)) {
    const constraint = error.constraint ?? error.constraint_name;
    const table = error.table ?? error.table_name;
    return [`database error ${error.code} (${error.severity})`, constraint && `constraint ${String(constraint)}`, table && `table ${String(table)}`]
      .filter(Boolean)
      .join(", ");
  }
  // A failed query (drizzle): the query with its placeholders, never the values.
  if (typeof error.query === "string" && "params" in error) return `Failed query: ${redactLogText(error.query)} [parameters withheld]`;
  return redactLogText(String(error.message ?? ""));
}

/**
 * Whether the request being answered has not reached the portal's own code: an error now is
 * Next refusing what the request held, and its message quotes that (an action id, a body).
 */
function beforeThePortalsCode(): boolean {
  const context = currentRequestContext();
  return context !== undefined && !context.appCodeRan;
}

/** An error as one log text: name, a message without data, where it was thrown, its digest and its causes. */
export function describeError(error: ErrorFields, depth = 0): string {
  const name = typeof error.name === "string" ? error.name : "Error";
  const frames = typeof error.stack === "string" ? error.stack.split("\n").filter((line) => /^\s+at /.test(line)) : [];
  const message = beforeThePortalsCode() ? "[withheld: the request was refused before the portal's code ran]" : messageOf(error);
  const lines = [`${name}: ${message}`, ...frames.map(redactLogText)];
  // Next's digest is the error id the error page shows: a hash, which can look like a CPR number but is none.
  if (typeof error.digest === "string" && /^[\w;:-]{1,64}$/.test(error.digest)) lines.push(`  digest: ${error.digest}`);
  if (typeof error.code === "string" && !message.includes(error.code)) lines.push(`  code: ${redactLogText(error.code)}`);
  if (error.cause !== undefined && depth < 4) {
    lines.push(`  [cause] ${isErrorLike(error.cause) ? describeError(error.cause, depth + 1) : "(not an error)"}`);
  }
  return lines.join("\n");
}

/** One argument to console.*, made fit for a log line. Other objects pass unchanged. */
export function redactLogArgument(argument: unknown): unknown {
  if (isErrorLike(argument)) return describeError(argument);
  if (typeof argument === "string") return redactLogText(argument);
  return argument;
}

const INSTALLED = Symbol.for("jobnet.logSink");
type Method = "error" | "warn" | "log" | "info" | "debug" | "trace";

/**
 * Makes every console method of the process describe errors without their data and mask
 * CPR numbers, whoever calls it. Installed once, when the server starts (instrumentation.ts).
 */
export function installLogSink(target: Console = console): void {
  const marked = target as Console & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const method of ["error", "warn", "log", "info", "debug", "trace"] as Method[]) {
    const original = target[method].bind(target) as (...args: unknown[]) => void;
    target[method] = (...args: unknown[]) => original(...args.map(redactLogArgument));
  }
}
