// The MitID simulator: a real OpenID Connect provider (oidc-provider) that stands in for
// the MitID broker in development and tests, so the portal's login code is the same code
// that runs against NemLog-in in production. Never deploy it.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { injectFault } from "./faults";
import {
  assuranceLevels,
  claimsFor,
  CLAIMS,
  defaultChoices,
  demoIdentities,
  identityForCpr,
  isTokenFault,
  subjectFor,
  type AssuranceLevel,
  type LoginChoices,
  type SimulatedIdentity,
} from "./identities";
import { POST_LOGOUT_PATHS } from "@/lib/auth/post-logout-paths";
import { errorPage, loggedOutPage, loginPage, logoutPage } from "./pages";

const port = Number(process.env.MITID_SIMULATOR_PORT ?? 3001);
const issuer = process.env.MITID_ISSUER ?? `http://localhost:${port}`;
const clientId = process.env.MITID_CLIENT_ID ?? "jobnet";
const clientSecret = process.env.MITID_CLIENT_SECRET ?? "jobnet-simulator-secret";
// Every address the portal runs at (development, tests); each gets its callback and logout pages registered.
const appUrls = (process.env.MITID_SIMULATOR_APP_URLS ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000")
  .split(",")
  .map((url) => url.trim().replace(/\/$/, ""))
  .filter(Boolean);

// The account id is the person's persistent pseudonym (it becomes the ID token's `sub`, so
// it must never be the CPR number).
const accounts = new Map<string, SimulatedIdentity>();

/** Entries that are forgotten when what they belong to (an authorization code, an access token) expires. */
class Expiring<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  set(key: string, value: V, ttlSeconds: number) {
    const now = Date.now();
    for (const [old, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(old);
    this.entries.set(key, { value, expiresAt: now + ttlSeconds * 1000 });
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > Date.now() ? entry.value : undefined;
  }

  take(key: string): V | undefined {
    const value = this.get(key);
    this.entries.delete(key);
    return value;
  }
}

// The choices of each login travel with that login, never with the person, so parallel
// logins of one person cannot mix them up: in the interaction's result (next to the login
// and its `acr`), then bound to the authorization code issued for it, then to the access
// token that code is exchanged for (which userinfo is asked with).
const CHOICES_RESULT_KEY = "mitidSimulatorChoices";
const choicesByToken = new Expiring<LoginChoices>();

const signingKeyObject = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
const signingKey = signingKeyObject.export({ format: "jwk" });

const configuration: Configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      // Citizens log in with MitID, staff with MitID Erhverv, at the same client.
      redirect_uris: appUrls.flatMap((url) => [`${url}/api/auth/callback/mitid`, `${url}/api/auth/callback/mitid-erhverv`]),
      post_logout_redirect_uris: appUrls.flatMap((url) => POST_LOGOUT_PATHS.flatMap((path) => [`${url}${path}`, `${url}/en${path}`])),
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: "mitid-simulator", use: "sig", alg: "RS256" }] },
  scopes: ["openid", "mitid"],
  claims: {
    openid: ["sub"],
    mitid: [CLAIMS.cpr, CLAIMS.fullName, CLAIMS.loa, CLAIMS.professionalUuid, CLAIMS.organisationName],
  },
  // The person's claims (CPR number, name, level) are served from userinfo only; the ID
  // token names no one, so it can travel as id_token_hint in a logout address.
  conformIdTokenClaims: true,
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
        ctx.type = "html";
        ctx.body = logoutPage(form);
      },
      postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
        ctx.type = "html";
        ctx.body = loggedOutPage();
      },
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // The portal runs on another port of the same host; browsers share cookies across ports.
  cookies: {
    names: { session: "mitidsim_session", interaction: "mitidsim_interaction", resume: "mitidsim_resume" },
    keys: [randomBytes(32).toString("hex")],
  },
  acrValues: [...assuranceLevels],
  async findAccount(ctx, accountId, token) {
    const identity = accounts.get(accountId);
    if (!identity) return undefined;
    const claims = claimsFor(identity, await choicesOfLogin(ctx, token as LoginToken | undefined));
    return { accountId, claims: async () => claims };
  },
  renderError: async (ctx, out) => {
    ctx.type = "html";
    ctx.body = errorPage(String(out.error_description ?? out.error));
  },
  ttl: { Interaction: 15 * 60, Session: 12 * 60 * 60, Grant: 12 * 60 * 60, IdToken: 5 * 60, AccessToken: 5 * 60, AuthorizationCode: 60 },
};
const ttl = configuration.ttl as { AccessToken: number; AuthorizationCode: number };

type LoginToken = { jti?: string; acr?: string; sessionUid?: string };

/**
 * The choices made for the login a token (an authorization code, an access token) belongs
 * to. A token from a login without choices (a single sign-on without the login page) gets
 * the defaults, at the assurance level of its login.
 */
async function choicesOfLogin(ctx: KoaContextWithOIDC, token: LoginToken | undefined): Promise<LoginChoices> {
  const chosen = token?.jti ? choicesByToken.get(token.jti) : undefined;
  if (chosen) return chosen;
  const acr = token?.acr ?? (token?.sessionUid ? (await provider.Session.findByUid(token.sessionUid))?.acr : ctx.oidc.session?.acr);
  const assuranceLevel = (assuranceLevels as readonly string[]).includes(acr ?? "") ? (acr as AssuranceLevel) : "Substantial";
  return { ...defaultChoices, assuranceLevel };
}

const provider = new Provider(issuer, configuration);

// Injected faults are real at the protocol level: the token endpoint's answer is changed
// after oidc-provider has built it and before it is sent, so the portal receives, from the
// broker it trusts and over the same back channel, an ID token that is wrong in exactly one
// way. (oidc-provider sets an ID token's iss, aud, times and nonce and signs it itself, with
// no hook to change them, so this middleware re-signs the token it issued; see faults.ts.)
provider.use(async (ctx, next) => {
  await next();
  const { route, entities, result } = ctx.oidc ?? {};
  if (route === "resume" && entities?.AuthorizationCode) {
    const choices = (result as Record<string, unknown> | undefined)?.[CHOICES_RESULT_KEY] as LoginChoices | undefined;
    if (choices) choicesByToken.set(entities.AuthorizationCode.jti, choices, ttl.AuthorizationCode);
  }
  if (route === "token" && ctx.status === 200 && entities?.AuthorizationCode) {
    const choices = choicesByToken.take(entities.AuthorizationCode.jti);
    if (!choices) return;
    if (entities.AccessToken) choicesByToken.set(entities.AccessToken.jti, choices, ttl.AccessToken);
    const body = ctx.body as { id_token?: string };
    if (choices.fault && body.id_token) body.id_token = injectFault(body.id_token, choices.fault, { signingKey: signingKeyObject });
  }
});
const oidcCallback = provider.callback();

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

/** Consent is implied in the simulator: the grant covers what the portal asked for. */
async function grantRequested(req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  const accountId = details.session?.accountId;
  if (!accountId) throw new Error("consent without a login");
  const grant = details.grantId ? (await provider.Grant.find(details.grantId))! : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string, step: string | undefined) {
  if (req.method === "GET" && !step) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "consent") return grantRequested(req, res);
    return sendHtml(res, 200, loginPage({ uid }));
  }
  if (req.method === "POST" && step === "abort") {
    await provider.interactionDetails(req, res);
    return provider.interactionFinished(req, res, { error: "access_denied", error_description: "Brugeren afbrød login" }, { mergeWithLastSubmission: false });
  }
  if (req.method === "POST" && step === "login") {
    await provider.interactionDetails(req, res);
    const form = await readForm(req);
    const choice = form.get("identity") ?? "";
    const loa = form.get("loa") ?? "Substantial";
    const fault = form.get("fault");
    const choices: LoginChoices = {
      assuranceLevel: (assuranceLevels as readonly string[]).includes(loa) ? (loa as AssuranceLevel) : "Substantial",
      nameAndAddressProtection: form.get("protection") === "yes",
      fault: isTokenFault(fault) ? fault : null,
    };
    let identity;
    if (choice === "cpr-field") {
      const cpr = (form.get("cpr") ?? "").replace(/\D/g, "");
      if (cpr.length !== 10) {
        return sendHtml(res, 400, loginPage({ uid, error: "Skriv et CPR-nummer med 10 cifre", cpr: form.get("cpr") ?? "", choices }));
      }
      identity = identityForCpr(cpr);
    } else {
      identity = demoIdentities.find((candidate) => (candidate.kind === "citizen" ? `cpr:${candidate.cpr}` : `staff:${candidate.uuid}`) === choice);
      if (!identity) return sendHtml(res, 400, loginPage({ uid, error: "Vælg en person", choices }));
    }
    const accountId = subjectFor(identity);
    accounts.set(accountId, identity);
    // Not remembered: every login at the broker is a fresh one, as on a shared computer.
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId, acr: choices.assuranceLevel, remember: false }, [CHOICES_RESULT_KEY]: choices },
      { mergeWithLastSubmission: false },
    );
  }
  sendHtml(res, 404, errorPage("Siden findes ikke"));
}

const server = createServer(async (req, res) => {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?\/?$/.exec(new URL(req.url ?? "/", issuer).pathname);
  if (!match) return oidcCallback(req, res);
  try {
    await handleInteraction(req, res, match[1], match[2]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendHtml(res, 400, errorPage(`Login-sessionen kunne ikke findes eller er udløbet (${message}). Start forfra fra Jobnet.`));
  }
});

server.listen(port, () => {
  console.log(`MitID simulator: ${issuer} (for ${appUrls.join(", ")})`);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
