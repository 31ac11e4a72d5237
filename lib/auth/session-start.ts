import "server-only";
import { cookies } from "next/headers";
import type { LoginMethod } from "@/db/schema";
import { createCitizenSession } from "./mutations";
import { authCookies, encodeSessionToken, IDLE_TIMEOUT_SECONDS, type CitizenSessionToken } from "./session-token";

/** Opens a session row for a citizen who has just logged in and returns what the session cookie will hold. */
export async function openCitizenSession({
  citizenId,
  method,
  idToken,
}: {
  citizenId: string;
  method: LoginMethod;
  idToken?: string;
}): Promise<CitizenSessionToken> {
  const { sessionId } = await createCitizenSession({ citizenId, method });
  return { sid: sessionId, sub: citizenId, method, authTime: Math.floor(Date.now() / 1000), idToken };
}

/**
 * Logs a citizen in from a server action (after the brugerkode warning or profile creation),
 * writing the same cookie next-auth writes after a direct login.
 */
export async function startCitizenSession(session: Parameters<typeof openCitizenSession>[0]): Promise<void> {
  const token = await openCitizenSession(session);
  const value = await encodeSessionToken(token, "citizen", IDLE_TIMEOUT_SECONDS);
  const { name, options } = authCookies().sessionToken;
  (await cookies()).set(name, value, { ...options, maxAge: IDLE_TIMEOUT_SECONDS });
}
