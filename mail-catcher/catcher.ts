// The mail and SMS catcher: the development stand-in for the portal's SMTP server and SMS
// gateway. It speaks SMTP (smtp-server, mailparser) and the SMS gateway's HTTP protocol
// (lib/notifications/transports.ts), keeps every message in memory and shows them on one
// page and as JSON. Never deploy it: it accepts mail for anyone and shows it to anyone.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { catcherPage } from "./page";

/** One message the catcher received. */
export interface CaughtMessage {
  id: string;
  channel: "email" | "sms";
  from: string;
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  receivedAt: string;
}

export interface MailCatcher {
  /** The web page, the JSON API (`/api/messages`) and the SMS gateway (`POST /api/sms`). */
  url: string;
  httpPort: number;
  smtpPort: number;
  /** What the portal's SMTP_URL and SMS_GATEWAY_URL should be. */
  smtpUrl: string;
  smsGatewayUrl: string;
  messages(): readonly CaughtMessage[];
  close(): Promise<void>;
}

/** The most messages kept; the oldest go first. */
const KEEP = 2_000;
/** The largest e-mail or SMS request accepted, in bytes. */
const MAX_BYTES = 2 * 1024 * 1024;

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(", ");
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BYTES) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    request.on("error", () => resolve(null));
  });
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

/** The catcher's interface unless told otherwise: this machine only, as its page and API show every code it caught to anyone who can reach them. */
export const DEFAULT_CATCHER_HOST = "127.0.0.1";

/** How a client on this machine reaches a server listening on `host`. */
function reachableHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Starts the catcher: HTTP on `httpPort` and SMTP on `smtpPort` (0: any free port), both on
 * `host` (default 127.0.0.1, this machine only: the page and the API have no login and show
 * every verification code; MAIL_CATCHER_HOST changes it). The SMS gateway accepts only
 * `Authorization: Bearer <smsToken>`.
 */
export async function startMailCatcher({
  httpPort = 0,
  smtpPort = 0,
  host = DEFAULT_CATCHER_HOST,
  smsToken = "jobnet-catcher-token",
}: { httpPort?: number; smtpPort?: number; host?: string; smsToken?: string } = {}): Promise<MailCatcher> {
  const caught: CaughtMessage[] = [];
  const keep = (message: Omit<CaughtMessage, "id" | "receivedAt">) => {
    caught.push({ id: randomUUID(), receivedAt: new Date().toISOString(), ...message });
    if (caught.length > KEEP) caught.splice(0, caught.length - KEEP);
  };

  const smtp = new SMTPServer({
    // Any login is accepted, and none is needed: a stand-in, not a mail server.
    authOptional: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: "jobnet" }),
    disabledCommands: ["STARTTLS"],
    size: MAX_BYTES,
    logger: false,
    banner: "Jobnet mail catcher",
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          keep({
            channel: "email",
            from: addressText(parsed.from) || envelopeFrom,
            to: session.envelope.rcptTo.map((recipient) => recipient.address).join(", ") || addressText(parsed.to),
            subject: parsed.subject ?? null,
            text: (parsed.text ?? "").replace(/\n$/, ""),
            html: typeof parsed.html === "string" ? parsed.html : null,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  const http = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://catcher");
    if (url.pathname === "/api/messages" && request.method === "GET") return json(response, 200, { messages: caught });
    if (url.pathname === "/api/messages" && request.method === "DELETE") {
      caught.length = 0;
      return json(response, 200, { messages: [] });
    }
    if (url.pathname === "/api/sms" && request.method === "POST") {
      if (request.headers.authorization !== `Bearer ${smsToken}`) return json(response, 401, { error: "unauthorized" });
      const raw = await readBody(request);
      if (raw === null) return json(response, 413, { error: "too large" });
      let body: { from?: unknown; to?: unknown; text?: unknown };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        return json(response, 400, { error: "body must be JSON" });
      }
      if (typeof body.to !== "string" || !/^\+[1-9]\d{6,14}$/.test(body.to)) return json(response, 422, { error: "to must be an E.164 number" });
      if (typeof body.text !== "string" || body.text.length === 0 || body.text.length > 1600)
        return json(response, 422, { error: "text must be 1–1600 characters" });
      const from = typeof body.from === "string" ? body.from : "";
      keep({ channel: "sms", from, to: body.to, subject: null, text: body.text, html: null });
      return json(response, 201, { id: caught[caught.length - 1].id });
    }
    if (url.pathname === "/ryd" && request.method === "POST") {
      caught.length = 0;
      response.writeHead(303, { location: "/" });
      return response.end();
    }
    if (url.pathname === "/" && (request.method === "GET" || request.method === "HEAD")) {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      });
      return response.end(request.method === "HEAD" ? undefined : catcherPage(caught));
    }
    json(response, 404, { error: "not found" });
  });

  await new Promise<void>((resolve, reject) => {
    smtp.server.once("error", reject);
    smtp.listen(smtpPort, host, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(httpPort, host, () => resolve());
  });
  const actualHttp = (http.address() as AddressInfo).port;
  const actualSmtp = (smtp.server.address() as AddressInfo).port;
  const url = `http://${reachableHost(host)}:${actualHttp}`;
  return {
    url,
    httpPort: actualHttp,
    smtpPort: actualSmtp,
    smtpUrl: `smtp://${reachableHost(host)}:${actualSmtp}`,
    smsGatewayUrl: `${url}/api/sms`,
    messages: () => caught,
    async close() {
      http.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => http.close(() => resolve())), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}
