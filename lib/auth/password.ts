import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's first recommended setting:
// 19 MiB memory, 2 passes, 1 lane. Written out so a library default change cannot weaken it.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the result embeds its salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when the password matches the hash; a malformed hash counts as no match. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same argon2 work as a real verification and always fails. Used when there is
 * no hash to check (unknown username, no password yet), so the response time does not
 * tell whether a username exists.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await decoyHash, password);
  return false;
}
