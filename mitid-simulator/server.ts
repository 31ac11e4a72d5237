// The MitID simulator: a real OpenID Connect provider (oidc-provider) that stands in for
// the MitID broker in development and tests, so the portal's login code is the same code
// that runs against NemLog-in in production. Never deploy it.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import {
  assuranceLevels,
  claimsFor,
  CLAIMS,
  demoIdentities,
  identityForCpr,
  subjectFor,
  type AssuranceLevel,
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
// it must never be the CPR number). The choices of each login travel with that login
// (the assurance level as its `acr`), so parallel logins of one person cannot mix them up.
const accounts = new Map<string, SimulatedIdentity>();

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

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
    const acr = await acrOfLogin(ctx, token as LoginToken | undefined);
    const assuranceLevel = (assuranceLevels as readonly string[]).includes(acr ?? "") ? (acr as AssuranceLevel) : "Substantial";
    const claims = claimsFor(identity, { assuranceLevel });
    return { accountId, claims: async () => claims };
  },
  renderError: async (ctx, out) => {
    ctx.type = "html";
    ctx.body = errorPage(String(out.error_description ?? out.error));
  },
  ttl: { Interaction: 15 * 60, Session: 12 * 60 * 60, Grant: 12 * 60 * 60, IdToken: 5 * 60, AccessToken: 5 * 60, AuthorizationCode: 60 },
};

type LoginToken = { acr?: string; sessionUid?: string };

/**
 * The assurance level chosen for the login a token belongs to: the authorization code
 * carries it (ID token); an access token (userinfo) reaches it through its session.
 */
async function acrOfLogin(ctx: KoaContextWithOIDC, token: LoginToken | undefined): Promise<string | undefined> {
  if (token?.acr) return token.acr;
  if (token?.sessionUid) return (await provider.Session.findByUid(token.sessionUid))?.acr;
  return ctx.oidc.session?.acr;
}

const provider = new Provider(issuer, configuration);
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
  const grant = details.grantId
    ? (await provider.Grant.find(details.grantId))!
    : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
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
    return provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "Brugeren afbrød login" },
      { mergeWithLastSubmission: false },
    );
  }
  if (req.method === "POST" && step === "login") {
    await provider.interactionDetails(req, res);
    const form = await readForm(req);
    const choice = form.get("identity") ?? "";
    const loa = form.get("loa") ?? "Substantial";
    const assuranceLevel: AssuranceLevel = (assuranceLevels as readonly string[]).includes(loa) ? (loa as AssuranceLevel) : "Substantial";
    let identity;
    if (choice === "cpr-field") {
      const cpr = (form.get("cpr") ?? "").replace(/\D/g, "");
      if (cpr.length !== 10) {
        return sendHtml(res, 400, loginPage({ uid, error: "Skriv et CPR-nummer med 10 cifre", cpr: form.get("cpr") ?? "" }));
      }
      identity = identityForCpr(cpr);
    } else {
      identity = demoIdentities.find(
        (candidate) => (candidate.kind === "citizen" ? `cpr:${candidate.cpr}` : `staff:${candidate.uuid}`) === choice,
      );
      if (!identity) return sendHtml(res, 400, loginPage({ uid, error: "Vælg en person" }));
    }
    const accountId = subjectFor(identity);
    accounts.set(accountId, identity);
    // Not remembered: every login at the broker is a fresh one, as on a shared computer.
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId, acr: assuranceLevel, remember: false } },
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
