import type { Page } from "@playwright/test";

/**
 * One address per kind of page: the ids in an address (a note's, a citizen's, a job ad's
 * number) do not make a new kind, nor do the values of its query (Find job's next page, another
 * title): only which query names it has.
 */
export function kindOfPage(address: string): string {
  const [path, query = ""] = address.split("?", 2);
  const names = [...new Set([...new URLSearchParams(query).keys()])].sort();
  const kind = path.replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, "/:id").replace(/\/\d+(?=\/|$)/g, "/:n");
  return names.length > 0 ? `${kind}?${names.join("&")}` : kind;
}

/**
 * Visits every page of the portal reachable by links from `start` (same site, no fragment,
 * only addresses `follow` accepts), one page of each kind, and calls `visit` on each while it
 * is shown. Returns the pages that did not answer with a page (a 4xx or 5xx).
 */
export async function crawl(
  page: Page,
  start: string,
  { follow, visit }: { follow: (path: string) => boolean; visit: (path: string) => Promise<void> },
): Promise<{ visited: string[]; failures: string[] }> {
  const queue = [start];
  const seen = new Set([kindOfPage(start)]);
  const visited: string[] = [];
  const failures: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    const status = response?.status() ?? 0;
    if (status >= 400) failures.push(`${path} → ${status}`);
    if (!(response?.headers()["content-type"] ?? "").includes("text/html")) continue;
    visited.push(path);
    await visit(path);
    const origin = new URL(page.url()).origin;
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const target = `${url.pathname}${url.search}`;
      if (!follow(target) || seen.has(kindOfPage(target))) continue;
      seen.add(kindOfPage(target));
      queue.push(target);
    }
  }
  return { visited, failures };
}
