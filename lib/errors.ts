import { randomUUID } from "node:crypto";
import { log } from "./log";

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

export class ForbiddenError extends AppError {
  constructor(message = "not allowed") {
    super(403, "errors.forbidden", message);
  }
}

/**
 * Logs an unexpected error under a fresh id and returns the id, which the user sees so
 * support can find the log line. Only the error's name, message and code are logged —
 * never its details, which may quote personal data — and those are redacted too.
 */
export function logUnexpectedError(error: unknown, context: string): string {
  const errorId = randomUUID().slice(0, 8);
  const e = error instanceof Error ? error : new Error(String(error));
  log.error("unexpected_error", {
    errorId,
    context,
    name: e.name,
    message: e.message,
    code: (e as { code?: string }).code,
  });
  return errorId;
}
