// What the portal's HTTP server (server.ts) settles about a request before Next sees it.
// Pure functions, so they are tested without a server.

/** The header the portal's server sets to the client address it worked out; any copy the client sent is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-jobnet-client-address";

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer, unless the portal runs behind `trustedProxyCount`
 * reverse proxies, each of which appends the address it received the request from to
 * X-Forwarded-For. Then the client is the entry that many places from the end of the chain
 * "X-Forwarded-For entries…, socket peer". Entries further left were written by the client
 * itself and are never believed. With fewer entries than trusted proxies, the leftmost
 * entry is the best there is.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedProxyCount,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxyCount: number;
}): string | null {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...(trustedProxyCount > 0 ? forwarded : []), ...(socketAddress ? [socketAddress] : [])];
  if (chain.length === 0) return null;
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - trustedProxyCount)]);
}

/** TRUSTED_PROXY_COUNT: how many reverse proxies in front of the portal append to X-Forwarded-For (default 0). */
export function trustedProxyCount(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === "") return 0;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 0 || count > 10) {
    throw new Error("TRUSTED_PROXY_COUNT must be a whole number from 0 to 10 (see .env.example)");
  }
  return count;
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * A request target whose path decodes, for Next's router: a path segment with a malformed
 * percent-escape (`%ZZ`, a lone `%C3`) has its `%` signs taken literally (`%25`), so the
 * address is simply one no page answers — the not-found page, in the path's language,
 * with every header — instead of an error inside the router. A target that decodes is
 * returned unchanged.
 */
export function repairRequestTarget(target: string): string {
  const queryStart = target.search(/[?#]/);
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const rest = queryStart === -1 ? "" : target.slice(queryStart);
  if (!path.includes("%")) return target;
  const segments = path.split("/");
  if (segments.every(decodes)) return target;
  return segments.map((segment) => (decodes(segment) ? segment : segment.replaceAll("%", "%25"))).join("/") + rest;
}
