import { createHash, randomBytes } from "node:crypto";

/** A new bearer token for a jobcenter system: shown once, stored only as its hash. */
export function newApiToken(): string {
  return `jnpa_${randomBytes(32).toString("base64url")}`;
}

/** Tokens are long and random, so a plain SHA-256 is enough to store them safely. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
