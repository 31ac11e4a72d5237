import "server-only";
import { z } from "zod";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import type { PostLogoutPath } from "./post-logout-paths";

const discoverySchema = z.object({ end_session_endpoint: z.url().optional() });

let discovery: { fetchedAt: number; endSessionEndpoint: string | null } | undefined;
const DISCOVERY_TTL_MS = 10 * 60 * 1000;

/** The broker's RP-initiated logout endpoint, from its discovery document (cached for ten minutes). */
async function endSessionEndpoint(): Promise<string | null> {
  if (discovery && Date.now() - discovery.fetchedAt < DISCOVERY_TTL_MS) return discovery.endSessionEndpoint;
  const response = await fetch(`${config().MITID_ISSUER}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`MitID broker discovery answered ${response.status}`);
  const metadata = discoverySchema.parse(await response.json());
  discovery = { fetchedAt: Date.now(), endSessionEndpoint: metadata.end_session_endpoint ?? null };
  return discovery.endSessionEndpoint;
}

/**
 * Where to send a citizen whose portal session has just ended: after a MitID login, the
 * broker's RP-initiated logout, which returns them to `returnTo`; otherwise `returnTo`
 * itself. A broker that cannot be reached must not keep the citizen waiting: the portal
 * session has ended either way.
 */
export async function afterPortalLogout({
  idToken,
  locale,
  returnTo,
}: {
  idToken: string | undefined;
  locale: string;
  returnTo: PostLogoutPath;
}): Promise<string> {
  const portalPage = localizedPath(locale, returnTo);
  if (!idToken) return portalPage;
  let endpoint: string | null = null;
  try {
    endpoint = await endSessionEndpoint();
  } catch (error) {
    log.warn("broker_logout_unavailable", { message: error instanceof Error ? error.message : String(error) });
  }
  if (!endpoint) return portalPage;
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", `${config().NEXTAUTH_URL}${portalPage}`);
  url.searchParams.set("client_id", config().MITID_CLIENT_ID);
  url.searchParams.set("ui_locales", locale);
  return url.toString();
}
