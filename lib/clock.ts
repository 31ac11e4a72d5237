import "server-only";
import { headers } from "next/headers";

const TEST_CLOCK_HEADER = "x-jobnet-test-now";

/**
 * The moment the page shows content for: now. Browser tests must see a scheduled yellow
 * note before, inside and after its window without waiting for it, so a server started
 * with JOBNET_TEST_CLOCK=1 (only the browser tests' server is) reads the moment from a
 * request header instead. Each test sends its own, so tests running side by side do not
 * move each other's clock.
 */
export async function contentNow(): Promise<Date> {
  if (process.env.JOBNET_TEST_CLOCK === "1") {
    const requested = (await headers()).get(TEST_CLOCK_HEADER);
    const moment = requested ? new Date(requested) : null;
    if (moment && !Number.isNaN(moment.getTime())) return moment;
  }
  return new Date();
}
