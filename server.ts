// The portal's HTTP server: Next's request handler behind a thin layer that settles, for
// every request, what only the server can know — the client's address from the socket
// (and from trusted reverse proxies only), a request target that Next's router can decode —
// and applies what the app asked for through the request context (lib/http/request-context.ts):
// a page's 4xx status, the 503 page for a page that failed on an unreachable database, a
// 400 for a request Next could not read. Errors are logged without their data from the
// first line on (lib/log-sink.ts).
// `npm run build` bundles it (esbuild) into .next/jobnet-server.mjs, which `npm start`, the
// browser tests and production run with plain Node — no TypeScript loader in the request path:
//   npm run build && NODE_ENV=production node .next/jobnet-server.mjs
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { installDatabaseObserver } from "./lib/database-observer";
import { databaseUnavailablePage } from "./lib/database-unavailable-page";
import { refusalPage, type PlainPage } from "./lib/http/plain-page";
import { CLIENT_ADDRESS_HEADER, repairRequestTarget, resolveClientAddress, trustedProxyCount } from "./lib/http/incoming";
import { requestContextStorage, type RequestContext } from "./lib/http/request-context";
import { installLogSink } from "./lib/log-sink";
import { stopProcessJobQueue } from "./lib/jobs/running";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import {
  nonPageContentSecurityPolicy,
  SCRIPT_HASHES_PENDING_HEADER,
  SCRIPT_HASHES_PLACEHOLDER,
  scriptHashSources,
  staticSecurityHeaders,
} from "./lib/security-headers";

// Before anything can print: errors are logged without their data, whoever prints them.
installLogSink();
// The database layer's lines go through the log, and its outages mark the request (503 page).
installDatabaseObserver();

const port = Number(process.env.PORT ?? 3000);
// The interface to listen on (all, unless HOSTNAME says otherwise). Next itself is not told:
// like `next start`, it then builds its request addresses on localhost, and the portal
// writes absolute addresses from NEXTAUTH_URL.
const hostname = process.env.HOSTNAME || undefined;
const trustedProxies = trustedProxyCount(process.env.TRUSTED_PROXY_COUNT);

// The project folder: this file's, or its parent when run as the bundle in .next/.
const projectDir = path.basename(import.meta.dirname) === ".next" ? path.dirname(import.meta.dirname) : import.meta.dirname;
const app = next({ dev: false, dir: projectDir, port });
const handle = app.getRequestHandler();
await app.prepare();

/** JavaScript's own requests (server actions, navigations) are read by the app's script, which expects Next's body. */
function isScriptRequest(request: IncomingMessage): boolean {
  return request.headers["next-action"] !== undefined || request.headers.rsc !== undefined;
}

/**
 * A failure of Next's before any of the portal's code ran, on a request that carries
 * something for Next to decode (a form's action, a script's call or navigation state): Next
 * could not read the request. That is the request's fault — a 400 — not the portal's.
 */
function refusedByNext(request: IncomingMessage, statusCode: number, context: RequestContext): boolean {
  const carriesSomethingToDecode = (request.method !== "GET" && request.method !== "HEAD") || isScriptRequest(request);
  // Only Next's own 500: a 503 (the proxy's page for an unreachable database) is meant.
  return statusCode === 500 && !context.appCodeRan && carriesSomethingToDecode;
}

/**
 * What the app asked for through the request context, applied when the answer's head is
 * written: its status instead of Next's 200 for a page a person reads (a refused form is a
 * 4xx); for a page that failed because the database could not be reached, the friendly 503
 * page instead of Next's error document, which without JavaScript is blank; and for a
 * request Next could not read, a 400 (the plain refusal page for a person, Next's own body
 * with the right status for a script).
 */
function applyRequestContext(request: IncomingMessage, response: ServerResponse, context: RequestContext) {
  if (request.url?.startsWith("/api/") || request.url?.startsWith("/_next/")) return;
  const script = isScriptRequest(request);
  const writeHead = response.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  const write = response.write as (this: ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  // Next sets its status before it writes anything; a page is swapped before its first byte.
  let replacement: PlainPage | null = null;
  const replacementFor = (statusCode: number): PlainPage | null => {
    if (script || response.headersSent || statusCode < 500) return null;
    if (context.databaseUnreachable) return databaseUnavailablePage(request.url ?? "/");
    if (refusedByNext(request, statusCode, context)) return refusalPage(pathOf(request.url), "malformed-body", 400);
    return null;
  };
  const sendReplacement = () => {
    if (!replacement || response.writableEnded) return;
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    writeHead.call(response, replacement.status, replacement.headers);
    end.call(response, replacement.html);
  };
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    replacement ??= replacementFor(statusCode);
    if (replacement) return this;
    let status = statusCode;
    if (script && refusedByNext(request, statusCode, context)) status = 400;
    else if (!script && context.status && statusCode === 200) status = context.status;
    return writeHead.call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    replacement ??= replacementFor(this.statusCode);
    if (!replacement) return write.apply(this, args);
    sendReplacement();
    return true;
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    replacement ??= replacementFor(this.statusCode);
    if (!replacement) return end.apply(this, args);
    sendReplacement();
    (args.find((arg) => typeof arg === "function") as (() => void) | undefined)?.();
    return this;
  } as ServerResponse["end"];
}

/** The body as text, whatever Next compressed it with; null for an encoding not known here or a body that does not decode. */
function decodedBody(body: Buffer, encoding: string | undefined): string | null {
  try {
    return decode(body, encoding);
  } catch {
    return null;
  }
}

function decode(body: Buffer, encoding: string | undefined): string | null {
  switch ((encoding ?? "identity").trim().toLowerCase()) {
    case "identity":
      return body.toString("utf8");
    case "gzip":
      return gunzipSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    default:
      return null;
  }
}

/**
 * A page served from the cache (the proxy marks it: lib/http/cached-pages.ts) has no nonce
 * for its scripts. Its head is held until the whole page is here — a cached page comes in
 * one piece — and its CSP then gets the hashes of exactly its own data scripts
 * (scriptHashSources). The browser asks for it again on every visit, in full: the cache that
 * matters is the server's, and a page may carry a cookie for this visitor.
 */
function fillScriptHashes(response: ServerResponse) {
  const writeHead = response.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  const write = response.write as (this: ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  let held: { statusCode: number; message?: string } | null = null;
  const chunks: Buffer[] = [];
  const collect = (args: unknown[]) => {
    const [chunk, encoding] = args;
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else chunks.push(Buffer.from(chunk as Uint8Array));
  };
  const callbackOf = (args: unknown[]) => args.find((arg) => typeof arg === "function") as (() => void) | undefined;

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    // Headers given here rather than set before are set, so they are all in one place.
    const message = typeof rest[0] === "string" ? (rest.shift() as string) : undefined;
    const given = rest[0];
    if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(String(given[i]), given[i + 1] as string);
    else if (given && typeof given === "object")
      for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value as string);
    if (!this.hasHeader(SCRIPT_HASHES_PENDING_HEADER))
      return message === undefined ? writeHead.call(this, statusCode) : writeHead.call(this, statusCode, message);
    held = { statusCode, message };
    return this;
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!held && !this.headersSent && this.hasHeader(SCRIPT_HASHES_PENDING_HEADER)) held = { statusCode: this.statusCode };
    if (!held) return write.apply(this, args);
    collect(args);
    callbackOf(args.slice(1))?.();
    return true;
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!held) {
      if (!this.headersSent && this.hasHeader(SCRIPT_HASHES_PENDING_HEADER)) held = { statusCode: this.statusCode };
      else return end.apply(this, args);
    }
    collect(args);
    const body = Buffer.concat(chunks);
    const html = decodedBody(body, this.getHeader("content-encoding") as string | undefined);
    const hashes = html === null ? [] : scriptHashSources(html);
    const policy = String(this.getHeader("content-security-policy") ?? "");
    this.setHeader("content-security-policy", policy.replace(SCRIPT_HASHES_PLACEHOLDER, hashes.join(" ")).replace(/\s+;/g, ";"));
    this.removeHeader(SCRIPT_HASHES_PENDING_HEADER);
    // Where the proxy found the cached copy is nobody's business outside.
    this.removeHeader("x-middleware-rewrite");
    // It may set this visitor's CSRF cookie: no shared cache keeps it.
    this.setHeader("cache-control", "private, no-cache");
    // No validator: a 304 would carry no page to hash, and its CSP would replace the cached one.
    this.removeHeader("etag");
    if (body.length > 0 && !this.hasHeader("transfer-encoding")) this.setHeader("content-length", body.length);
    const { statusCode, message } = held;
    held = null;
    if (message === undefined) writeHead.call(this, statusCode);
    else writeHead.call(this, statusCode, message);
    return end.call(this, body, callbackOf(args));
  } as ServerResponse["end"];
}

function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? "/", "http://portal").pathname;
  } catch {
    return "/";
  }
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
  const context: RequestContext = { method: request.method };
  fillScriptHashes(response);
  applyRequestContext(request, response, context);
  void requestContextStorage().run(context, () => handle(request, response));
});

// A request Node itself cannot read (headers too large, a malformed request line or header)
// never reaches Next: it gets its status with the security headers, not a bare one.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const headers = [...staticSecurityHeaders.map(({ key, value }) => `${key}: ${value}`), `Content-Security-Policy: ${nonPageContentSecurityPolicy}`];
  socket.end(`HTTP/1.1 ${status}\r\n${headers.join("\r\n")}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${status}\n`);
});

server.listen(port, hostname, () => {
  console.log(`Jobnet listening on ${hostname ?? "every interface"}, port ${port}${trustedProxies ? `, behind ${trustedProxies} trusted proxy(ies)` : ""}`);
});

// On shutdown the scheduled jobs' queue (started by instrumentation.ts) stops taking jobs and
// gets up to 4 s to let a run in progress finish; a run cut short is retried later. Ctrl-C
// under `npm start` brings SIGINT and then SIGTERM: the second signal changes nothing.
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 5000).unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  void Promise.allSettled([closed, stopProcessJobQueue(4000)]).then(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
