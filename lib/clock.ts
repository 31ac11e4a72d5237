import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { TEST_CLOCK_HEADER } from "@/lib/http/cached-pages";

const renderKind = cache(() => ({ cached: false }));

/**
 * Says that this render makes a page for the cache (app/statisk): it has no request, so the
 * test clock's header is not read. Call it before the page's content renders.
 */
export function markStaticRender(): void {
  renderKind().cached = true;
}

/**
 * The moment the page shows content for: now. Browser tests must see a scheduled yellow
 * note before, inside and after its window without waiting for it, so a server started
 * with JOBNET_TEST_CLOCK=1 (only the browser tests' server is) reads the moment from a
 * request header instead. Each test sends its own, so tests running side by side do not
 * move each other's clock. A request with that header is never served a cached page
 * (lib/http/cached-pages.ts), and a cached page is made for the real time.
 */
export async function contentNow(): Promise<Date> {
  if (process.env.JOBNET_TEST_CLOCK === "1" && !renderKind().cached) {
    const requested = (await headers()).get(TEST_CLOCK_HEADER);
    const moment = requested ? new Date(requested) : null;
    if (moment && !Number.isNaN(moment.getTime())) return moment;
  }
  return new Date();
}
