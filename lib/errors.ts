import { randomUUID } from "node:crypto";
import { DrizzleQueryError } from "drizzle-orm";
import { log } from "./log";
import { redactLogText } from "./log-sink";

/** An expected failure with the HTTP status it maps to; its message key is shown to the user, translated. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    readonly messageKey: string,
    message?: string,
  ) {
    super(message ?? messageKey);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, "errors.notFound", `${what} not found`);
  }
}

/** The request is valid but the state forbids it (already exists, not allowed for this citizen). */
export class ConflictError extends AppError {
  constructor(messageKey: string, message: string) {
    super(409, messageKey, message);
  }
}

/**
 * The caller may not do this: a data function's own check of the caller's role or reach
 * failed. Answered 403 with its message key (lib/actions.ts, lib/api/route.ts).
 */
export class ForbiddenError extends AppError {
  constructor(messageKey = "errors.forbidden", message = "not allowed") {
    super(403, messageKey, message);
  }
}

/**
 * Logs an unexpected error under a fresh id and returns the id, which the user sees so
 * support can find the log line. What is logged is what support needs to find the fault,
 * never the data it was about (see `loggableFacts`); redaction is the safety net under that.
 */
export function logUnexpectedError(error: unknown, context: string): string {
  const errorId = randomUUID().slice(0, 8);
  log.error("unexpected_error", { errorId, context, ...loggableFacts(error) });
  return errorId;
}

/** The error fields of both database drivers: postgres.js names them `*_name`, PGlite does not. */
interface DatabaseErrorFields {
  severity: string;
  code: string;
  routine?: string;
  constraint?: string;
  constraint_name?: string;
  table?: string;
  table_name?: string;
}

const isDatabaseError = (error: unknown): error is Error & DatabaseErrorFields =>
  error instanceof Error &&
  typeof (error as Partial<DatabaseErrorFields>).severity === "string" &&
  /^[0-9A-Z]{5}$/.test(String((error as Partial<DatabaseErrorFields>).code));

/**
 * A failed query's message lists its parameters, and the database's own message and detail
 * quote the values it refused ("Key (email)=(…) already exists") — a citizen's name, phone,
 * e-mail. Of those only the query text, with its placeholders, and the database's codes are
 * kept. Any other error keeps its name, message and code.
 */
function loggableFacts(error: unknown): Record<string, string | undefined> {
  // By shape as well as by class: a bundle can hold its own copy of drizzle's error class.
  const failedQuery =
    error instanceof DrizzleQueryError || (error instanceof Error && typeof (error as { query?: unknown }).query === "string" && "params" in error);
  const query = failedQuery ? (error as DrizzleQueryError).query : undefined;
  const cause = failedQuery ? (error as DrizzleQueryError).cause : error;
  if (isDatabaseError(cause)) {
    return {
      name: error instanceof Error ? error.name : undefined,
      query,
      code: cause.code,
      severity: cause.severity,
      constraint: cause.constraint ?? cause.constraint_name,
      table: cause.table ?? cause.table_name,
      routine: cause.routine,
    };
  }
  if (query !== undefined) return { name: (error as Error).name, query, cause: cause instanceof Error ? cause.name : undefined };
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: redactLogText(e.message), code: (e as { code?: string }).code };
}
