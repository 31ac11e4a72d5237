import "server-only";
import type { LoggerInstance, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Config } from "@/lib/config";
import { log } from "@/lib/log";
import { recordLoginFailure } from "./login-failure";

/**
 * The MitID broker as a next-auth OpenID Connect provider: one for citizens (MitID) and one
 * for staff (MitID Erhverv), the same client at the same broker.
 */
export function brokerProvider(
  settings: Config,
  { id, name, profile }: { id: string; name: string; profile(claims: Record<string, unknown>): User },
): OAuthConfig<Record<string, unknown>> {
  return {
    id,
    name,
    type: "oauth",
    wellKnown: `${settings.MITID_ISSUER}/.well-known/openid-configuration`,
    clientId: settings.MITID_CLIENT_ID,
    clientSecret: settings.MITID_CLIENT_SECRET,
    // Always a fresh MitID login: on a shared computer the broker must not hand the next
    // person the previous one's session.
    authorization: { params: { scope: settings.MITID_SCOPE, prompt: "login" } },
    // The ID token is validated (signature, issuer, audience, nonce); the person's claims are
    // read from userinfo, which must be about the same subject.
    idToken: true,
    userinfo: {
      async request({ tokens, client }) {
        // At run time `tokens` is openid-client's TokenSet, whose ID token has been validated.
        const idTokenClaims = (tokens as unknown as { claims(): Record<string, unknown> }).claims();
        const userinfo = await client.userinfo(tokens.access_token!);
        if (userinfo.sub !== idTokenClaims.sub) throw new Error("userinfo is about another subject than the ID token");
        return { ...userinfo, ...idTokenClaims };
      },
    },
    // next-auth's default for a custom provider is state alone.
    checks: ["pkce", "state", "nonce"],
    client: { id_token_signed_response_alg: "RS256" },
    profile,
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

/**
 * next-auth's default logger prints whole error objects, which for a failed MitID callback
 * can include tokens and claims, and for a failed query the citizen's input. An error is
 * logged as lib/errors.ts logs any (its kind and codes, never its data), under an id the
 * login-problem page shows.
 */
export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    const error = metadata instanceof Error ? metadata : ((metadata as { error?: unknown })?.error ?? new Error("no error given"));
    recordLoginFailure(withoutQuotedInput(error), `auth:${knownCode(code)}`);
  },
  warn(code) {
    log.warn("auth_warning", { code: knownCode(code) });
  },
  debug() {},
};

/** next-auth's codes are upper-case words; anything else (a caller's text) is not repeated. */
function knownCode(code: unknown): string {
  return typeof code === "string" && /^[A-Z][A-Z_]{0,63}$/.test(code) ? code : "OTHER";
}

/**
 * An error from a login with its message cut to the kind of failure: the libraries under a
 * login put what the request said after it ("expected …, got: <the request's value>",
 * "Received: <the callback address>", a broker's error description).
 */
function withoutQuotedInput(error: unknown): Error {
  if (!(error instanceof Error)) return new Error("not an error");
  const kind = error.message.split(/[,:\n]| got | expected | Received/)[0].trim();
  return Object.assign(new Error(kind), { name: error.name, code: (error as { code?: unknown }).code, cause: error.cause });
}
