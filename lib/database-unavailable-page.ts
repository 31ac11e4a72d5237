// The page the proxy answers with while the database cannot be reached: a plain 503 document
// in the visitor's language, built without React or the database, so it costs nothing and
// cannot fail the way the real page would.
import { randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { databaseMonitor, logDatabaseUnavailableAnswer } from "@/db/availability";
import { config, servedOverHttps } from "@/lib/config";
import { RETRY_AFTER_SECONDS } from "@/lib/database-unavailable";
import { localeOfPath } from "@/lib/i18n/routing";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

const messages = { da: { databaseUnavailable: da.databaseUnavailable }, en: { databaseUnavailable: en.databaseUnavailable } };

/**
 * While the database is known to be unreachable, the 503 page for any page request (GET or
 * a form POST); undefined when the request should go on as normal. If a failed query has
 * just asked for a check, waits for its answer (at most a couple of seconds). A server
 * action called by a page's JavaScript goes on: the action answers with its form's message.
 */
export async function answerWhileDatabaseUnavailable(request: NextRequest): Promise<Response | undefined> {
  const monitor = databaseMonitor();
  if (!monitor || monitor.state === "available") return undefined;
  if (request.headers.has("next-action")) return undefined;
  if ((await monitor.settled()) !== "unavailable") return undefined;
  return databaseUnavailablePage(request);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** The 503 page: what happened, an error id support can find in the log, and a link to try the same address again. */
export function databaseUnavailablePage(request: NextRequest): Response {
  const locale = localeOfPath(request.nextUrl.pathname);
  const t = createTranslator({ locale, messages: messages[locale], namespace: "databaseUnavailable" });
  const errorId = logDatabaseUnavailableAnswer("page");
  // The same address, always on this site ("//host" would leave it).
  const again = `/${request.nextUrl.pathname.replace(/^\/+/, "")}${request.nextUrl.search}`;
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${t("title")} – Jobnet`)}</title>
<style>
html { color: #1a1a1a; background: #fff; font-family: "IBM Plex Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
body { margin: 0; }
header { background: #0059b3; color: #fff; padding: 1rem; font-size: 1.25rem; font-weight: 600; }
main { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1.5rem; overflow-wrap: break-word; }
p { margin: 0 0 1rem; }
.reference { color: #4f4f4f; margin-bottom: 1.5rem; }
a { display: inline-flex; min-height: 2.75rem; align-items: center; padding: 0.5rem 1.25rem; border-radius: 0.25rem; background: #0059b3; color: #fff; font-weight: 600; text-decoration: none; }
a:hover { background: #003d80; }
a:focus-visible { outline: 3px solid #ffdd00; outline-offset: 2px; }
</style>
</head>
<body>
<header>Jobnet</header>
<main>
<h1>${escapeHtml(t("title"))}</h1>
<p>${escapeHtml(t("text"))}</p>
<p class="reference">${escapeHtml(t("reference", { id: errorId }))}</p>
<p><a href="${escapeHtml(again)}">${escapeHtml(t("tryAgain"))}</a></p>
</main>
</body>
</html>
`;
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
    "content-security-policy": contentSecurityPolicy({
      nonce: randomBytes(16).toString("base64"),
      brokerOrigin: new URL(config().MITID_ISSUER).origin,
      https: servedOverHttps(),
      development: process.env.NODE_ENV === "development",
    }),
  });
  for (const { key, value } of staticSecurityHeaders) headers.set(key, value);
  if (servedOverHttps()) headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return new Response(html, { status: 503, headers });
}
