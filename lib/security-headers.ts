import { createHash } from "node:crypto";

/**
 * In the CSP of a page served from the cache: where the portal's server (server.ts) puts the
 * hashes of the page's inline scripts once it has the page (scriptHashSources).
 */
export const SCRIPT_HASHES_PLACEHOLDER = "'jobnet-script-hashes'";

/** On a response: its CSP still holds SCRIPT_HASHES_PLACEHOLDER. The server removes it. */
export const SCRIPT_HASHES_PENDING_HEADER = "x-jobnet-script-hashes";

/**
 * The Content-Security-Policy for pages. A page rendered for its request runs only scripts
 * with this response's nonce (and what they load); a page served from the cache, which
 * cannot carry a per-request nonce, runs the portal's own script files and only those inline
 * scripts whose hashes the server adds for that page. Never 'unsafe-inline'. Forms may post
 * to the portal and to the MitID broker (the login form's redirect goes there).
 */
export function contentSecurityPolicy({
  scripts,
  brokerOrigin,
  https,
  development,
}: {
  /** A nonce, or "hashes" for a cached page (the placeholder the server fills). */
  scripts: { nonce: string } | "hashes";
  brokerOrigin: string;
  https: boolean;
  development: boolean;
}): string {
  const scriptSources = scripts === "hashes" ? `'self' ${SCRIPT_HASHES_PLACEHOLDER}` : `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`;
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources}${development ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; no external stylesheet is allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `form-action 'self' ${brokerOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The CSP of a letter served as a PDF (`/beskeder/<id>/brev`). Chromium shows a PDF in a page
 * of its own making — an <embed> of the PDF's own address, laid out with inline styles — to
 * which the response's CSP applies: the pages' `object-src 'none'` stops the embed (the
 * letter is then not shown, or shown as blocked), and a missing `'unsafe-inline'` style
 * squeezes it. This allows exactly that and nothing else: no script, no connection, no form,
 * framed by the portal's own pages at most (the viewer's frames are the letter's own origin;
 * where frame-ancestors is given, browsers ignore the X-Frame-Options every response carries).
 */
export const letterPdfContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** Answers whose CSP is their own, which the proxy leaves alone: a letter's PDF (with or without the `/en` prefix). */
export function setsOwnContentSecurityPolicy(pathname: string): boolean {
  return /^(?:\/en)?\/beskeder\/[^/]+\/brev\/?$/.test(pathname);
}

/** Headers for every response, pages and API alike. */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * The CSP for answers the proxy does not make — the API, files, and Next's pages for
 * addresses that look like files. Nothing in them needs to run or load anything.
 */
export const nonPageContentSecurityPolicy =
  "default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

// Next's own inline scripts in a page are data and nothing else: the first line of React's
// stream and each further chunk as one JSON string, and Turbopack's list of the page's
// script files (a JSON object). Only scripts of exactly these shapes, outside the page's
// <main> content, get a hash: markup that slipped into the content could not have a script
// of its own run, and one elsewhere could at most be data of the same shapes.
const NEXT_DATA_SCRIPT = [
  /^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[\d+,\s*"(?:[^"\\]|\\.)*"\]\)$/,
  /^self\.__next_f\.push\(\[\d+(?:,\s*null)?\]\)$/,
];
const TURBOPACK_CHUNK_LIST = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[^<]*\})\);?$/;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Whether an inline script is one of Next's data scripts (NEXT_DATA_SCRIPT, TURBOPACK_CHUNK_LIST). */
function isNextDataScript(body: string): boolean {
  if (NEXT_DATA_SCRIPT.some((shape) => shape.test(body))) return true;
  const chunkList = TURBOPACK_CHUNK_LIST.exec(body);
  return chunkList !== null && isJsonObject(chunkList[1]);
}

/**
 * The CSP sources (`'sha256-…'`) for the inline scripts of a page's HTML that are Next's
 * data scripts (isNextDataScript), each once, in order of first appearance. Any other inline
 * script gets none, and so does not run.
 */
export function scriptHashSources(html: string): string[] {
  const sources = new Set<string>();
  // The page's content (editors' text among it) is inside <main>; Next's scripts never are.
  const mainStart = html.search(/<main[\s>]/i);
  const mainEnd = html.lastIndexOf("</main>");
  const insideMain = (index: number) => mainStart !== -1 && mainEnd !== -1 && index > mainStart && index < mainEnd;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    if (insideMain(match.index)) continue;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (!isNextDataScript(body)) continue;
    sources.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...sources];
}
