import "server-only";
import type { AuthOptions, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config, type Config } from "@/lib/config";
import { verifyBrugerkodeLogin } from "@/lib/identity/brugerkode-login";
import { recordMitidLogin } from "@/lib/identity/mutations";
import { findCitizenForMitidLogin } from "@/lib/identity/queries";
import { brugerkodeLoginSchema } from "@/lib/identity/schema";
import { log } from "@/lib/log";
import { claimProfiles, meetsRequiredAssurance } from "./claim-profiles";
import { MITID_ASSURANCE_TOO_LOW, MITID_NO_PROFILE } from "./login-problems";
import { createCitizenSession } from "./mutations";
import { authCookies, IDLE_TIMEOUT_SECONDS, type CitizenSessionToken } from "./session-token";

export const MITID_PROVIDER_ID = "mitid";
export const BRUGERKODE_PROVIDER_ID = "brugerkode";

function mitidProvider(settings: Config): OAuthConfig<Record<string, unknown>> {
  const claimProfile = claimProfiles[settings.MITID_CLAIM_PROFILE];
  return {
    id: MITID_PROVIDER_ID,
    name: "MitID",
    type: "oauth",
    wellKnown: `${settings.MITID_ISSUER}/.well-known/openid-configuration`,
    clientId: settings.MITID_CLIENT_ID,
    clientSecret: settings.MITID_CLIENT_SECRET,
    authorization: { params: { scope: settings.MITID_SCOPE } },
    idToken: true,
    // next-auth's default for a custom provider is state alone.
    checks: ["pkce", "state", "nonce"],
    client: { id_token_signed_response_alg: "RS256" },
    profile(claims): User {
      const identity = claimProfile.read(claims);
      return { id: identity.subject, name: identity.name, cpr: identity.cpr, assuranceLevel: identity.assuranceLevel };
    },
  };
}

/**
 * The ID token's issuer and audience, checked again here against our own settings rather
 * than the broker's discovery document (openid-client has already compared them with it).
 */
export function idTokenIsForUs(claims: Record<string, unknown> | undefined, settings: Pick<Config, "MITID_ISSUER" | "MITID_CLIENT_ID">): boolean {
  if (!claims) return false;
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  return claims.iss === settings.MITID_ISSUER && audience.includes(settings.MITID_CLIENT_ID);
}

/** next-auth's configuration, built from the environment on first use. */
export function authOptions(): AuthOptions {
  const settings = config();
  const loginProblemUrl = (code: string) => `${settings.NEXTAUTH_URL}/log-ind?error=${code}`;

  return {
    secret: settings.NEXTAUTH_SECRET,
    providers: [
      mitidProvider(settings),
      CredentialsProvider({
        id: BRUGERKODE_PROVIDER_ID,
        name: "Brugerkoder",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = brugerkodeLoginSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await verifyBrugerkodeLogin(parsed.data);
          return result.ok ? { id: result.citizenId, citizenId: result.citizenId } : null;
        },
      }),
    ],
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
    jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
    cookies: authCookies(),
    pages: { signIn: "/log-ind", error: "/log-ind" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== MITID_PROVIDER_ID) return true;
        if (!idTokenIsForUs(profile as Record<string, unknown> | undefined, settings)) return false;
        if (!meetsRequiredAssurance(user.assuranceLevel ?? null)) return loginProblemUrl(MITID_ASSURANCE_TOO_LOW);
        const citizen = user.cpr ? await findCitizenForMitidLogin({ cpr: user.cpr }) : null;
        if (!citizen?.profileId) return loginProblemUrl(MITID_NO_PROFILE);
        user.citizenId = citizen.citizenId;
        user.profileId = citizen.profileId;
        return true;
      },
      async jwt({ token, user, account }) {
        // Only a fresh login carries `account`; later calls keep the token as it is.
        if (!account) return token;
        if (!user.citizenId) throw new Error("A login reached the session without a citizen");
        const method = account.provider === MITID_PROVIDER_ID ? "mitid" : "brugerkode";
        if (method === "mitid" && user.profileId) await recordMitidLogin({ profileId: user.profileId });
        const { sessionId } = await createCitizenSession({ citizenId: user.citizenId, method });
        const sessionToken: CitizenSessionToken = {
          sid: sessionId,
          sub: user.citizenId,
          method,
          authTime: Math.floor(Date.now() / 1000),
          idToken: account.id_token,
        };
        return sessionToken;
      },
      // next-auth's own /api/auth/session endpoint is not used by the portal; it reveals nothing.
      session: ({ session }) => ({ expires: session.expires }),
    },
    logger: {
      // next-auth's default logger prints whole error objects, which for a failed MitID
      // callback can include the ID token and its CPR claim. Only the code and message go out.
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        log.error("auth_error", { code, message: error instanceof Error ? error.message : undefined });
      },
      warn(code) {
        log.warn("auth_warning", { code });
      },
      debug() {},
    },
  };
}
