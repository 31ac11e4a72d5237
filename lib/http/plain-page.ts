import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { servedOverHttps } from "@/lib/config";
import { localeOfPath, localizedPath, type Locale } from "@/lib/i18n/routing";
import { staticSecurityHeaders } from "@/lib/security-headers";

/** The texts of answers the proxy gives itself, in the visitor's language. */
export type PlainPageTexts = (typeof da)["requestRefused"];

/** The requestRefused texts in a language. */
export function plainPageTexts(locale: Locale): PlainPageTexts {
  return (locale === "en" ? en : da).requestRefused;
}

/** `value` safe inside HTML text and attribute values: `& < > " '` as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

// No script and no outside resource: the page must show even when nothing else works.
const PLAIN_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PlainPage {
  status: number;
  headers: Record<string, string>;
  html: string;
}

/**
 * A small, complete page the portal answers with itself (a refused form, an unavailable
 * service): the visitor's language from the path, a heading, plain text, ways on, every
 * security header and a CSP that allows no script. It never repeats what the request said.
 */
export function plainPage({
  path,
  status,
  title,
  paragraphs,
  links,
  headers = {},
}: {
  /** The requested path: it decides the language. */
  path: string;
  status: number;
  title: string;
  paragraphs: string[];
  links: { href: string; text: string }[];
  headers?: Record<string, string>;
}): PlainPage {
  const locale = localeOfPath(path);
  const texts = plainPageTexts(locale);
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Jobnet</title>
<style>
body { font-family: "IBM Plex Sans", Arial, sans-serif; color: #1a1a1a; margin: 0; line-height: 1.5; overflow-wrap: anywhere; }
header { background: #002e5f; color: #fff; padding: 1rem; }
header a { color: #fff; font-weight: 600; font-size: 1.25rem; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
a { color: #0047ab; }
a:focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #1a1a1a; }
ul { padding-left: 1.25rem; }
</style>
</head>
<body>
<header><a href="${localizedPath(locale, "/")}">Jobnet</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}
<ul>
${links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`).join("\n")}
</ul>
<p lang="${locale === "en" ? "da" : "en"}"><a href="${localizedPath(locale === "en" ? "da" : "en", "/")}">${escapeHtml(texts.otherLanguage)}</a></p>
</main>
</body>
</html>`;
  const allHeaders: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers };
  for (const { key, value } of staticSecurityHeaders) allHeaders[key.toLowerCase()] = value;
  allHeaders["content-security-policy"] = PLAIN_PAGE_CSP;
  if (servedOverHttps()) allHeaders["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return { status, headers: allHeaders, html };
}

/** The same page as a web Response (the proxy's answers). */
export function plainPageResponse(options: Parameters<typeof plainPage>[0]): Response {
  const page = plainPage(options);
  return new Response(page.html, { status: page.status, headers: page.headers });
}

/** The page for a request refused before it reached its page (see request-guard.ts), or one Next could not read. */
export function refusalPage(requestedPath: string, reason: "cross-origin" | "malformed-body" | "too-large", status: number): PlainPage {
  // The way back is the same page by GET; never a `//host` address another site could be behind.
  const path = requestedPath.startsWith("/") && !requestedPath.startsWith("//") && !requestedPath.startsWith("/\\") ? requestedPath : "/";
  const locale = localeOfPath(path);
  const texts = plainPageTexts(locale);
  const { title, text } = { "cross-origin": texts.crossOrigin, "malformed-body": texts.malformedBody, "too-large": texts.tooLarge }[reason];
  return plainPage({
    path,
    status,
    title,
    paragraphs: [text, texts.nothingSaved],
    links: [
      { href: path, text: texts.backToPage },
      { href: localizedPath(locale, "/"), text: texts.toFrontPage },
    ],
  });
}

/** The same as a web Response (the proxy's answer). */
export function refusalResponse(requestedPath: string, reason: "cross-origin" | "malformed-body" | "too-large", status: number): Response {
  const page = refusalPage(requestedPath, reason, status);
  return new Response(page.html, { status: page.status, headers: page.headers });
}
