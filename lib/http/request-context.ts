import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the portal's HTTP server (server.ts) knows about the request being answered, shared
 * with the app's code through one AsyncLocalStorage. The server and the app are bundled
 * apart (tsx runs server.ts, Next bundles the app), so the storage lives on globalThis.
 */
export interface RequestContext {
  /**
   * The status the app asks the page answer to carry instead of 200: a form posted without
   * JavaScript that fails validation is re-rendered with its messages and answers 400.
   */
  status?: number;
  /**
   * A query of this request failed because the database could not be reached: if the page
   * then fails, the server answers with the friendly 503 page instead of Next's error.
   */
  databaseUnreachable?: boolean;
}

const KEY = Symbol.for("jobnet.requestContext");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<RequestContext> };

/** The storage the portal's server runs each request in. */
export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return holder[KEY];
}

/**
 * Asks for the page answer to carry `status` (4xx) instead of 200, e.g. a form re-rendered
 * with its errors after a post without JavaScript. Has no effect outside the portal's
 * server (tests, commands), on answers Next already gave another status, and on the
 * answers to JavaScript's own requests, which the browser reads itself.
 */
export function setResponseStatus(status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503): void {
  const context = requestContextStorage().getStore();
  if (context) context.status = status;
}

/** Like setResponseStatus, unless a status has been asked for already (a more precise one). */
export function defaultResponseStatus(status: 400 | 500): void {
  const context = requestContextStorage().getStore();
  if (context && context.status === undefined) context.status = status;
}

/** Notes that the database could not be reached while answering this request. */
export function markDatabaseUnreachable(): void {
  const context = requestContextStorage().getStore();
  if (context) context.databaseUnreachable = true;
}
