// The public pages that are the same for every visitor who is not logged in, and so are
// rendered once and served from Next's cache (app/statisk) instead of anew per request.
// The proxy sends a request there only when nothing in it can change the page: a GET or
// HEAD without a query, from a visitor without a session, and (in the browser tests) without
// a test clock. Everyone else gets the same page rendered for them, with their session in
// the header. The addresses do not change: app/statisk is reached only through the proxy.

import { splitLocalePrefix } from "@/lib/i18n/routing";

/** The cached pages, by their Danish (unprefixed) address. */
export const CACHED_PAGE_PATHS = [
  "/",
  "/hjaelp/faq-jobsoegere",
  "/hjaelp/faq-arbejdsgivere",
  "/hjaelp/hoejtlaesning",
  "/politik-om-persondata",
  "/tilgaengelighedserklaering",
  "/log-ind/glemt-adgangskode",
  "/logget-ud",
] as const;

export type CachedPagePath = (typeof CACHED_PAGE_PATHS)[number];

/** Where the cached pages live inside the app; never an address anyone is given. */
export const CACHED_PAGES_PREFIX = "/statisk";

/** Their route, for revalidatePath: everything below app/statisk/[locale]. */
export const CACHED_PAGES_ROUTE = `${CACHED_PAGES_PREFIX}/[locale]`;

const cached = new Set<string>(CACHED_PAGE_PATHS);

/**
 * The internal address of the cached copy of a page, or null when the address is not one of
 * the cached pages: "/" → "/statisk/da", "/en/hjaelp/faq-jobsoegere" → "/statisk/en/hjaelp/faq-jobsoegere".
 * A trailing slash or a differently written address is not matched, and gets the ordinary page.
 */
export function cachedPagePath(pathname: string): string | null {
  if (!pathname.startsWith("/")) return null;
  const { locale, path } = splitLocalePrefix(pathname);
  if (!cached.has(path)) return null;
  return `${CACHED_PAGES_PREFIX}/${locale}${path === "/" ? "" : path}`;
}

/** The test clock's request header (browser tests only; lib/clock.ts). */
export const TEST_CLOCK_HEADER = "x-jobnet-test-now";

/**
 * The cached copy to serve for a request, or null when the request must get a page rendered
 * for it: anything but GET or HEAD, an address with a query (a FAQ search, a notice after
 * an action), a visitor with a session cookie (their name is in the header), a script's
 * navigation request, and — on a server with the test clock — a request that sets it.
 */
export function cachedPageFor(request: {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  hasSessionCookie: boolean;
  testClock: boolean;
}): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.search !== "" || request.hasSessionCookie) return null;
  if (request.headers.has("rsc") || request.headers.has("next-action")) return null;
  if (request.testClock && request.headers.has(TEST_CLOCK_HEADER)) return null;
  return cachedPagePath(request.pathname);
}
