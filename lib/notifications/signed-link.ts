import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

// Links in e-mails and SMS that work without logging in: unsubscribing, the notification
// settings, keeping a job agent alive. A token names what it is for (`purpose`), whom or what
// it is about (`subject`, an id) and when it stops working; it is signed with an HMAC-SHA256
// key derived from NEXTAUTH_SECRET, so it cannot be made or changed without the secret. A
// token says nothing secret (it is readable), and is never logged.

/** What a signed link may do; a token for one purpose is refused for any other. */
export type SignedLinkPurpose = "unsubscribe-jobagent" | "unsubscribe-besked" | "settings" | "jobagent-keep";

/** How long a link in a notice works: 30 days (the longest a digest waits to be read, with room). */
export const SIGNED_LINK_DAYS = 30;

interface Payload {
  p: SignedLinkPurpose;
  s: string;
  /** Expiry, seconds since the epoch. */
  e: number;
}

function key(secret: string): Buffer {
  return createHmac("sha256", secret).update("jobnet signed links v1").digest();
}

function signature(body: string, secret: string): Buffer {
  return createHmac("sha256", key(secret)).update(body).digest();
}

/** A token for `purpose` about `subject` (an id), working until `now` + `days` days. `secret` defaults to NEXTAUTH_SECRET. */
export function signLinkToken(
  { purpose, subject, now = new Date(), days = SIGNED_LINK_DAYS }: { purpose: SignedLinkPurpose; subject: string; now?: Date; days?: number },
  secret: string = config().NEXTAUTH_SECRET,
): string {
  const payload: Payload = { p: purpose, s: subject, e: Math.floor(now.getTime() / 1000) + days * 24 * 60 * 60 };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${signature(body, secret).toString("base64url")}`;
}

/**
 * The subject of `token` when it was signed with `secret` for `purpose` and has not expired
 * at `now`; otherwise null (changed, forged, for another purpose, expired or malformed).
 */
export function verifyLinkToken(
  token: string,
  { purpose, now = new Date() }: { purpose: SignedLinkPurpose; now?: Date },
  secret: string = config().NEXTAUTH_SECRET,
): string | null {
  const [body, given, ...rest] = token.split(".");
  if (!body || !given || rest.length > 0) return null;
  const expected = signature(body, secret);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<Payload>;
    if (payload.p !== purpose || typeof payload.s !== "string" || typeof payload.e !== "number") return null;
    if (payload.e * 1000 <= now.getTime()) return null;
    return payload.s;
  } catch {
    return null;
  }
}
