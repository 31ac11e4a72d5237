import { createHmac } from "node:crypto";
import { config } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/incoming";
import { log } from "@/lib/log";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

let warnedMissing = false;

/**
 * The client's address as the portal's server (server.ts) worked it out from the socket and
 * the configured number of trusted proxies — never the client's own X-Forwarded-For. Null
 * when the portal runs without that server: the per-address login limit then cannot count,
 * which is logged once, while the per-username limit still holds.
 */
export function clientAddress(headers: HeaderBag): string | null {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const address = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (address) return address;
  if (!warnedMissing) {
    warnedMissing = true;
    log.warn("client_address_unknown", { hint: "start the portal with server.ts; the per-address login limit is off" });
  }
  return null;
}

/** A client address as stored for throttling: a keyed hash, so the table holds no IP addresses. */
export function addressKey(address: string): string {
  return createHmac("sha256", config().NEXTAUTH_SECRET).update(`login-address:${address}`).digest("base64url");
}
