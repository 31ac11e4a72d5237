import { localeOfPath, type Locale } from "@/lib/i18n/routing";

/**
 * The address to return to after a login, from a `callbackUrl` anyone can write: a path on
 * the portal ("/profil") or an absolute address of the portal itself. Anything else — not
 * an address at all ("x"), another site ("https://evil.example", "//evil.example",
 * "/\evil.example"), another scheme — is the front page. Never throws.
 */
export function safeCallbackUrl(url: string | null | undefined, baseUrl: string): string {
  const base = new URL(baseUrl);
  const frontPage = `${base.origin}/`;
  if (!url) return frontPage;
  const isPath = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
  const isAbsolute = /^https?:\/\//i.test(url);
  if (!isPath && !isAbsolute) return frontPage;
  try {
    const target = new URL(url, base.origin);
    return target.origin === base.origin ? target.toString() : frontPage;
  } catch {
    return frontPage;
  }
}

/** The portal path a callback address leads to ("/" for anything that is not one). */
export function callbackPath(url: string | null | undefined, baseUrl: string): string {
  return new URL(safeCallbackUrl(url, baseUrl)).pathname;
}

/** The language a login was started in, from next-auth's callback-url cookie. */
export function callbackLocale(url: string | null | undefined, baseUrl: string): Locale {
  return localeOfPath(callbackPath(url, baseUrl));
}
