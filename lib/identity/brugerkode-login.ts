import "server-only";
import { addressKey } from "@/lib/auth/client-address";
import { recordAddressFailure } from "@/lib/auth/mutations";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { countAddressFailures } from "@/lib/auth/queries";
import { MAX_ADDRESS_FAILURES } from "@/lib/auth/throttle";
import { recordBrugerkodeFailure, recordBrugerkodeLogin } from "./mutations";
import { findBrugerkodeForLogin } from "./queries";
import type { BrugerkodeLoginInput } from "./schema";

/**
 * Checks a brugerkode login (R1.1a, X5). It succeeds only for a flagged citizen with an
 * active profile and the right password (a one-time password within its 7 days), on a
 * username that is not locked, from a client address that has not failed too often. Every failure looks the same to the caller, and
 * every attempt costs the same argon2 work, known username or not.
 */
export async function verifyBrugerkodeLogin(
  { username, password }: BrugerkodeLoginInput,
  { address, now = new Date() }: { address: string | null; now?: Date },
): Promise<{ ok: true; citizenId: string } | { ok: false }> {
  const addressHash = address ? addressKey(address) : null;
  const addressBlocked = addressHash ? (await countAddressFailures({ addressHash, now })) >= MAX_ADDRESS_FAILURES : false;
  const brugerkode = await findBrugerkodeForLogin({ username });
  const passwordMatches = brugerkode?.passwordHash ? await verifyPassword(brugerkode.passwordHash, password) : await verifyAgainstDecoy(password);
  const locked = brugerkode?.lockedUntil != null && brugerkode.lockedUntil > now;
  const expired = brugerkode?.passwordExpiresAt != null && brugerkode.passwordExpiresAt <= now;

  if (brugerkode && passwordMatches && !locked && !expired && !addressBlocked && brugerkode.flagged && brugerkode.hasActiveProfile) {
    await recordBrugerkodeLogin({ citizenId: brugerkode.citizenId, now });
    return { ok: true, citizenId: brugerkode.citizenId };
  }
  if (brugerkode) await recordBrugerkodeFailure({ citizenId: brugerkode.citizenId, now });
  if (addressHash) await recordAddressFailure({ addressHash, now });
  return { ok: false };
}
