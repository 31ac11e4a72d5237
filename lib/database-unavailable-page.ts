// The page the proxy answers with while the database cannot be reached: a plain 503 document
// in the visitor's language, built without React or the database, so it costs nothing and
// cannot fail the way the real page would.
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { databaseMonitor, logDatabaseUnavailableAnswer } from "@/db/availability";
import { RETRY_AFTER_SECONDS } from "@/lib/database-unavailable";
import { localeOfPath } from "@/lib/i18n/routing";
import { plainPage, type PlainPage } from "@/lib/http/plain-page";
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
  const page = databaseUnavailablePage(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  return new Response(page.html, { status: page.status, headers: page.headers });
}

/**
 * The 503 page for an address (path and query): what happened, an error id support can find
 * in the log, and a link to try the same address again. The proxy answers with it while the
 * outage is known; the portal's server (server.ts) when a page failed because of one.
 */
export function databaseUnavailablePage(address: string): PlainPage {
  const { pathname, search } = new URL(address, "http://portal");
  const locale = localeOfPath(pathname);
  const t = createTranslator({ locale, messages: messages[locale], namespace: "databaseUnavailable" });
  const errorId = logDatabaseUnavailableAnswer("page");
  // The same address, always on this site ("//host" would leave it).
  const again = `/${pathname.replace(/^\/+/, "")}${search}`;
  return plainPage({
    path: pathname,
    status: 503,
    title: t("title"),
    paragraphs: [t("text"), t("reference", { id: errorId })],
    links: [{ href: again, text: t("tryAgain") }],
    headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
  });
}
