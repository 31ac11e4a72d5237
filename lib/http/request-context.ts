import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the portal's HTTP server (server.ts) knows about the request being answered, shared
 * with the app's code through one AsyncLocalStorage. The server and the app are bundled
 * apart (tsx runs server.ts, Next bundles the app), so the storage lives on globalThis.
 */
export interface RequestContext {
  /** The request's HTTP method as the client sent it (a page rendered for a HEAD request does not know otherwise). */
  method?: string;
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
  /**
   * The portal's own code has begun on this request (the page layout, or an action's
   * wrapper). A page request Next fails before that was refused by Next's own machinery
   * for what the request held (an action body or header it cannot decode): a 400, and its
   * error texts, which quote the request, are not logged.
   */
  appCodeRan?: boolean;
  /** The page answers a form or search it refused: its title says so (lib/i18n/metadata.ts). */
  inputRefused?: boolean;
  /** A server action ran on this request: the page is its answer (a form posted without JavaScript). */
  actionRan?: boolean;
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

/** Notes that the database could not be reached while answering this request. */
export function markDatabaseUnreachable(): void {
  const context = requestContextStorage().getStore();
  if (context) context.databaseUnreachable = true;
}

/** Notes that the portal's own code has begun on this request (see RequestContext.appCodeRan). */
export function markAppCodeRan(): void {
  const context = requestContextStorage().getStore();
  if (context) context.appCodeRan = true;
}

/** Notes that a server action ran on this request, so the page rendered after it is the action's answer. */
export function markActionRan(): void {
  const context = requestContextStorage().getStore();
  if (context) context.actionRan = true;
}

/** The context of the request being answered, if the portal's server is answering one. */
export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage().getStore();
}

/** Notes that the page answers a form or search it refused, with its status (4xx). */
export function refuseInput(status: 400 | 401 | 403 | 404 | 409 | 422 | 429, { unlessStatusSet = false } = {}): void {
  const context = requestContextStorage().getStore();
  if (!context) return;
  context.inputRefused = true;
  if (!unlessStatusSet || context.status === undefined) context.status = status;
}
