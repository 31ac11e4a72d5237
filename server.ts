// The portal's HTTP server: Next's request handler behind a thin layer that settles, for
// every request, what only the server can know — the client's address from the socket
// (and from trusted reverse proxies only), a request target that Next's router can decode —
// and lets the app give a page answer its 4xx status (lib/http/request-context.ts).
// `npm start`, the browser tests and production run the portal with it:
//   NODE_ENV=production npx tsx server.ts   (after `npx next build`)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { databaseUnavailablePage } from "./lib/database-unavailable-page";
import { CLIENT_ADDRESS_HEADER, repairRequestTarget, resolveClientAddress, trustedProxyCount } from "./lib/http/incoming";
import { requestContextStorage, type RequestContext } from "./lib/http/request-context";
import { installLogSink } from "./lib/log-sink";

// Before anything can print: errors are logged without their data, whoever prints them.
installLogSink();

const port = Number(process.env.PORT ?? 3000);
// The interface to listen on (all, unless HOSTNAME says otherwise). Next itself is not told:
// like `next start`, it then builds its request addresses on localhost, and the portal
// writes absolute addresses from NEXTAUTH_URL.
const hostname = process.env.HOSTNAME || undefined;
const trustedProxies = trustedProxyCount(process.env.TRUSTED_PROXY_COUNT);

const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** JavaScript's own requests (server actions, navigations) are read by the app's script, which expects Next's status. */
function isScriptRequest(request: IncomingMessage): boolean {
  return request.headers["next-action"] !== undefined || request.headers.rsc !== undefined;
}

/**
 * What the app asked for through the request context, applied when the answer's head is
 * written, for pages a person reads: its status instead of Next's 200 (a refused form is a
 * 4xx); and, for a page that failed because the database could not be reached, the
 * friendly 503 page instead of Next's error document, which without JavaScript is blank.
 */
function applyRequestContext(request: IncomingMessage, response: ServerResponse, context: RequestContext) {
  if (isScriptRequest(request) || request.url?.startsWith("/api/") || request.url?.startsWith("/_next/")) return;
  const writeHead = response.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  const write = response.write as (this: ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  // Next sets its 500 before it writes anything; the page is swapped before its first byte.
  let replaced = false;
  const failedForTheDatabase = (statusCode: number) => !replaced && statusCode >= 500 && context.databaseUnreachable === true && !response.headersSent;
  const sendUnavailablePage = () => {
    const page = databaseUnavailablePage(request.url ?? "/");
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    writeHead.call(response, page.status, page.headers);
    end.call(response, page.html);
  };
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (failedForTheDatabase(statusCode)) replaced = true;
    if (replaced) return this;
    const status = context.status && statusCode === 200 ? context.status : statusCode;
    return writeHead.call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (failedForTheDatabase(this.statusCode)) replaced = true;
    if (!replaced) return write.apply(this, args);
    if (!this.writableEnded) sendUnavailablePage();
    return true;
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (failedForTheDatabase(this.statusCode)) replaced = true;
    if (!replaced) return end.apply(this, args);
    if (!this.writableEnded) sendUnavailablePage();
    (args.find((arg) => typeof arg === "function") as (() => void) | undefined)?.();
    return this;
  } as ServerResponse["end"];
}

const server = createServer((request, response) => {
  const client = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    trustedProxyCount: trustedProxies,
  });
  if (client) request.headers[CLIENT_ADDRESS_HEADER] = client;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  if (request.url) request.url = repairRequestTarget(request.url);
  const context: RequestContext = {};
  applyRequestContext(request, response, context);
  void requestContextStorage().run(context, () => handle(request, response));
});

server.listen(port, hostname, () => {
  console.log(`Jobnet listening on ${hostname ?? "every interface"}, port ${port}${trustedProxies ? `, behind ${trustedProxies} trusted proxy(ies)` : ""}`);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
