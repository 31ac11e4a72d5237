import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { logUnexpectedError } from "@/lib/errors";

// Whatever goes wrong inside next-auth during one login request is logged once, under an
// error id, and that id — never the error's text, which can hold a query and what the
// citizen typed — is what the login-problem page shows. next-auth swallows most errors into
// a redirect with a code, so the id travels beside the request, not through next-auth.

const failures = new AsyncLocalStorage<{ errorId?: string }>();

/** Runs one request of next-auth's; returns its answer and the id of a failure logged during it, if any. */
export async function withLoginFailures<T>(run: () => Promise<T>): Promise<{ result: T; errorId?: string }> {
  const store: { errorId?: string } = {};
  const result = await failures.run(store, run);
  return { result, errorId: store.errorId };
}

/** Logs an unexpected error inside a login (no data, see lib/errors.ts) and remembers its id for the page that explains it. */
export function recordLoginFailure(error: unknown, context: string): string {
  const store = failures.getStore();
  if (store?.errorId) return store.errorId;
  const errorId = logUnexpectedError(error, context);
  if (store) store.errorId = errorId;
  return errorId;
}

/**
 * What a login step throws to next-auth after recording a failure: next-auth puts an
 * error's message into the address it redirects to, so the message is a fixed code.
 */
export class LoginFailure extends Error {
  static readonly code = "LoginFailure";
  constructor() {
    super(LoginFailure.code);
    this.name = "LoginFailure";
  }
}

/**
 * Wraps a next-auth callback or `authorize` so that an unexpected error in it is recorded
 * and reaches next-auth as a LoginFailure, whose text is safe in an address.
 */
export function guarded<Args extends unknown[], Result>(context: string, step: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await step(...args);
    } catch (error) {
      recordLoginFailure(error, context);
      throw new LoginFailure();
    }
  };
}
