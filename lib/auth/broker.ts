import "server-only";
import { z } from "zod";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";

const discoverySchema = z.object({ end_session_endpoint: z.url().optional() });

let discovery: { fetchedAt: number; endSessionEndpoint: string | null } | undefined;
const DISCOVERY_TTL_MS = 10 * 60 * 1000;

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

/** Where the broker's logout page registers its return to the portal (to be registered at the broker). */
export function postLogoutRedirectUri(locale: string): string {
  return `${config().NEXTAUTH_URL}${localizedPath(locale, "/logget-ud")}`;
}

/**
 * The broker's RP-initiated logout address for this login, or null when the broker has
 * none. The citizen returns to the portal's logged-out page.
 */
export async function brokerLogoutUrl({ idToken, locale }: { idToken: string; locale: string }): Promise<string | null> {
  const endpoint = await endSessionEndpoint();
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri(locale));
  url.searchParams.set("client_id", config().MITID_CLIENT_ID);
  url.searchParams.set("ui_locales", locale);
  return url.toString();
}
