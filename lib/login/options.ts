import "server-only";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { config, type Config } from "@/lib/config";
import { localeOfPath, localizedPath } from "@/lib/i18n/routing";
import { verifyBrugerkodeLogin } from "@/lib/identity/brugerkode-login";
import { findCitizenForMitidLogin } from "@/lib/identity/queries";
import { brugerkodeLoginSchema } from "@/lib/identity/schema";
import { authLogger, brokerProvider, idTokenIsForUs } from "@/lib/auth/broker-provider";
import { callbackPath, safeCallbackUrl } from "@/lib/auth/callback-url";
import { claimProfiles, meetsRequiredAssurance } from "@/lib/auth/claim-profiles";
import { clientAddress } from "@/lib/auth/client-address";
import { guarded } from "@/lib/auth/login-failure";
import { MITID_ASSURANCE_TOO_LOW, MITID_NO_PROFILE } from "@/lib/auth/login-problems";
import { PENDING_LOGIN_PARAM, sealPendingLogin, type PendingLogin } from "@/lib/auth/pending-login";
import { openCitizenSession } from "@/lib/auth/session-start";
import { authCookies, IDLE_TIMEOUT_SECONDS } from "@/lib/auth/session-token";

export const MITID_PROVIDER_ID = "mitid";
export const BRUGERKODE_PROVIDER_ID = "brugerkode";
/** Where `OPRET VIA MitID` returns to: the terms, `Brugsvilkår for Jobnet`. */
export const CREATION_TERMS_PATH = "/opret/brugsvilkaar";

function mitidProvider(settings: Config) {
  const claimProfile = claimProfiles[settings.MITID_CLAIM_PROFILE];
  return brokerProvider(settings, {
    id: MITID_PROVIDER_ID,
    name: "MitID",
    profile(claims): User {
      const identity = claimProfile.read(claims);
      return { id: identity.subject, name: identity.name, cpr: identity.cpr, assuranceLevel: identity.assuranceLevel };
    },
  });
}

/**
 * What the citizen set out to do, read from the address next-auth will return them to:
 * the language they started in, and whether they came from `Opret dig med MitID`.
 */
async function loginIntent(baseUrl: string): Promise<{ locale: string; creating: boolean }> {
  const path = callbackPath((await cookies()).get(authCookies().callbackUrl.name)?.value, baseUrl);
  const locale = localeOfPath(path);
  return { locale, creating: path === localizedPath(locale, CREATION_TERMS_PATH) };
}

/** next-auth's configuration, built from the environment on first use. */
export function authOptions(): AuthOptions {
  const settings = config();
  // The login-problem route in the language the login began in, which reads the code.
  const loginProblemUrl = async (code: string) =>
    `${settings.NEXTAUTH_URL}${localizedPath((await loginIntent(settings.NEXTAUTH_URL)).locale, "/log-ind")}?error=${code}`;

  return {
    secret: settings.NEXTAUTH_SECRET,
    providers: [
      mitidProvider(settings),
      CredentialsProvider({
        id: BRUGERKODE_PROVIDER_ID,
        name: "Brugerkoder",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        // A form that fails the schema (a NUL in the username, say) is a failed login like any other.
        authorize: guarded("auth:brugerkode", async (credentials, request) => {
          const parsed = brugerkodeLoginSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await verifyBrugerkodeLogin(parsed.data, { address: clientAddress(request?.headers) });
          return result.ok ? { id: result.citizenId, citizenId: result.citizenId } : null;
        }),
      }),
    ],
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
    jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
    cookies: authCookies(),
    pages: { signIn: "/log-ind", error: "/log-ind" },
    // Every callback is guarded: an unexpected error inside one is logged under an id and
    // ends on the login-problem page (lib/login/auth-route.ts), never as text.
    callbacks: {
      redirect: async ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
      signIn: guarded("auth:signin", async ({ user, account, profile }) => {
        if (account?.provider !== MITID_PROVIDER_ID) return true;
        if (!idTokenIsForUs(profile as Record<string, unknown> | undefined, settings)) return false;
        if (!meetsRequiredAssurance(user.assuranceLevel ?? null)) return loginProblemUrl(MITID_ASSURANCE_TOO_LOW);
        if (!user.cpr || !user.name) return false;

        const { locale, creating } = await loginIntent(settings.NEXTAUTH_URL);
        const citizen = await findCitizenForMitidLogin({ cpr: user.cpr });
        const pendingUrl = async (path: "/log-ind/mitid-advarsel" | "/opret/brugsvilkaar", login: PendingLogin) =>
          `${settings.NEXTAUTH_URL}${localizedPath(locale, path)}?${PENDING_LOGIN_PARAM}=${await sealPendingLogin(login)}`;

        if (!citizen?.profileId) {
          if (!creating) return loginProblemUrl(MITID_NO_PROFILE);
          return pendingUrl("/opret/brugsvilkaar", { purpose: "creation", cpr: user.cpr, name: user.name, idToken: account.id_token });
        }
        // R1.4: a citizen the jobcenter lets use brugerkoder decides before any session exists.
        if (citizen.brugerkodeFlagged) {
          return pendingUrl("/log-ind/mitid-advarsel", {
            purpose: "brugerkode-warning",
            citizenId: citizen.citizenId,
            idToken: account.id_token,
          });
        }
        user.citizenId = citizen.citizenId;
        return true;
      }),
      jwt: guarded("auth:session", async ({ token, user, account }) => {
        // Only a fresh login carries `account`; later calls keep the token as it is.
        if (!account) return token;
        if (!user.citizenId) throw new Error("A login reached the session without a citizen");
        const method = account.provider === MITID_PROVIDER_ID ? "mitid" : "brugerkode";
        return openCitizenSession({ citizenId: user.citizenId, method, idToken: account.id_token });
      }),
      // next-auth's own /api/auth/session endpoint is not used by the portal; it reveals nothing.
      session: ({ session }) => ({ expires: session.expires }),
    },
    logger: authLogger,
  };
}
