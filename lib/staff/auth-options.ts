import "server-only";
import type { AuthOptions, User } from "next-auth";
import { authLogger, brokerProvider, idTokenIsForUs } from "@/lib/auth/broker-provider";
import { callbackLocale, safeCallbackUrl } from "@/lib/auth/callback-url";
import { claimProfiles, meetsRequiredAssurance } from "@/lib/auth/claim-profiles";
import { guarded } from "@/lib/auth/login-failure";
import { authCookies, encodeSessionToken, IDLE_TIMEOUT_SECONDS, sessionRules, type SessionToken } from "@/lib/auth/session-token";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import { createStaffSession } from "./mutations";
import { findStaffForLogin } from "./queries";

export const STAFF_PROVIDER_ID = "mitid-erhverv";

/** Why a staff login did not lead to a session; the staff login page explains each. */
export const staffLoginProblems = ["afbrudt", "sikringsniveau", "ukendt", "teknisk"] as const;
export type StaffLoginProblem = (typeof staffLoginProblems)[number];

/**
 * next-auth's configuration for staff: MitID Erhverv at the same broker, its own cookies
 * and session rows, and a token key of its own, so a staff session is never a citizen one.
 */
export function staffAuthOptions(): AuthOptions {
  const settings = config();
  const claimProfile = claimProfiles[settings.MITID_CLAIM_PROFILE];
  // The staff login page, in the language the staff member started in, explaining a problem.
  const problemUrl = async (problem: StaffLoginProblem) => {
    const locale = callbackLocale((await cookies()).get(authCookies("staff").callbackUrl.name)?.value, settings.NEXTAUTH_URL);
    return `${settings.NEXTAUTH_URL}${localizedPath(locale, "/medarbejder/log-ind")}?fejl=${problem}`;
  };
  const salt = sessionRules.staff.salt;

  return {
    secret: settings.NEXTAUTH_SECRET,
    providers: [
      brokerProvider(settings, {
        id: STAFF_PROVIDER_ID,
        name: "MitID Erhverv",
        profile(claims): User {
          try {
            const identity = claimProfile.readProfessional(claims);
            return { id: identity.subject, name: identity.name, professionalUuid: identity.professionalUuid, assuranceLevel: identity.assuranceLevel };
          } catch {
            // A private MitID (a citizen) has no professional identity: the sign-in callback says so.
            return { id: String(claims.sub) };
          }
        },
      }),
    ],
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
    jwt: {
      maxAge: IDLE_TIMEOUT_SECONDS,
      encode: ({ token, maxAge }) => encodeSessionToken(token as SessionToken, "staff", maxAge ?? IDLE_TIMEOUT_SECONDS),
      decode: ({ token, secret }) => decode({ token, secret, salt }),
    },
    cookies: authCookies("staff"),
    pages: { signIn: "/medarbejder/log-ind", error: "/medarbejder/log-ind" },
    callbacks: {
      redirect: async ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
      signIn: guarded("auth:staff-signin", async ({ user, profile }) => {
        if (!idTokenIsForUs(profile as Record<string, unknown> | undefined, settings)) return false;
        if (!user.professionalUuid) return problemUrl("ukendt");
        if (!meetsRequiredAssurance(user.assuranceLevel ?? null)) return problemUrl("sikringsniveau");
        const member = await findStaffForLogin({ mitidUuid: user.professionalUuid });
        if (!member) return problemUrl("ukendt");
        user.staffId = member.staffId;
        return true;
      }),
      jwt: guarded("auth:staff-session", async ({ token, user, account }) => {
        if (!account) return token;
        if (!user.staffId) throw new Error("A staff login reached the session without a staff member");
        const { sessionId } = await createStaffSession({ staffId: user.staffId });
        const sessionToken: SessionToken = { sid: sessionId, sub: user.staffId, authTime: Math.floor(Date.now() / 1000), idToken: account.id_token };
        return sessionToken;
      }),
      session: ({ session }) => ({ expires: session.expires }),
    },
    logger: authLogger,
  };
}
