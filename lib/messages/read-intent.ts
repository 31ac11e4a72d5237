/**
 * Whether a request for a message's page or its letter is the citizen reading it, so that it
 * may be marked read: not a HEAD request (it asks only for the headers), and not a prefetch
 * or prerender a browser makes on its own in case the link is followed (`Sec-Purpose:
 * prefetch`, with or without `;prerender`; the older `Purpose`/`X-Purpose: prefetch` and
 * `X-Moz: prefetch`; Next's own `Next-Router-Prefetch`). A message shown from such a prefetch
 * stays unread until it is opened again: better unread once too often than read unseen.
 */
export function isReadingRequest({ method, headers }: { method: string | undefined; headers: Headers }): boolean {
  if (method?.toUpperCase() === "HEAD") return false;
  if (headers.has("next-router-prefetch")) return false;
  // Sec-Purpose is a structured-field list: `prefetch`, `prefetch;prerender`, …; the item's token is before any parameter.
  const secPurpose = headers.get("sec-purpose");
  if (secPurpose?.split(",").some((item) => item.split(";")[0].trim().toLowerCase() === "prefetch")) return false;
  for (const name of ["purpose", "x-purpose", "x-moz"]) {
    if (headers.get(name)?.trim().toLowerCase() === "prefetch") return false;
  }
  return true;
}

const MESSAGE_PAGE = /^\/beskeder\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The id of the message whose page is at `pathname` (without the language prefix), e.g. `/beskeder/<id>`; null for any other page. */
export function beskedPageId(pathname: string): string | null {
  return MESSAGE_PAGE.exec(pathname)?.[1] ?? null;
}
