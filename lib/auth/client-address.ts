import { createHmac } from "node:crypto";
import { config } from "@/lib/config";

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For.
 * In production the portal runs behind one reverse proxy that appends the client address;
 * `next start` sets the header itself from the socket when it is absent.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string | null {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const last = header?.split(",").pop()?.trim();
  return last || null;
}

/** A client address as stored for throttling: a keyed hash, so the table holds no IP addresses. */
export function addressKey(address: string): string {
  return createHmac("sha256", config().NEXTAUTH_SECRET).update(`login-address:${address}`).digest("base64url");
}
