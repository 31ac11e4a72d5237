import "server-only";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { recordBrugerkodeLogin } from "./mutations";
import { findBrugerkodeForLogin } from "./queries";
import type { BrugerkodeLoginInput } from "./schema";

/**
 * Checks a brugerkode login. It succeeds only for a flagged citizen with an active profile
 * and the right password (R1.1a). Every failure looks the same to the caller, and an
 * unknown username costs the same argon2 work as a known one.
 */
export async function verifyBrugerkodeLogin(
  { username, password }: BrugerkodeLoginInput,
  now = new Date(),
): Promise<{ ok: true; citizenId: string } | { ok: false }> {
  const brugerkode = await findBrugerkodeForLogin({ username });
  const passwordMatches = brugerkode?.passwordHash
    ? await verifyPassword(brugerkode.passwordHash, password)
    : await verifyAgainstDecoy(password);
  if (!brugerkode || !passwordMatches || !brugerkode.flagged || !brugerkode.hasActiveProfile) {
    return { ok: false };
  }
  await recordBrugerkodeLogin({ citizenId: brugerkode.citizenId, now });
  return { ok: true, citizenId: brugerkode.citizenId };
}
