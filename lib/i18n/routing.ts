import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["da", "en"],
  defaultLocale: "da",
  // Danish at unprefixed paths, English under /en. Support staff read addresses aloud, so
  // the address never changes with the browser's language.
  localePrefix: "as-needed",
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

/** The path prefix for a locale: "" for Danish, "/en" for English. */
export function localePrefix(locale: string): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

/** The locale a same-site path belongs to. */
export function localeOfPath(path: string): Locale {
  return path === "/en" || path.startsWith("/en/") || path.startsWith("/en?") ? "en" : "da";
}

/** A path in the given locale: `localizedPath("en", "/log-ind")` is "/en/log-ind"; the front page is "/" or "/en". */
export function localizedPath(locale: string, path: `/${string}`): string {
  const prefix = localePrefix(locale);
  if (path === "/") return prefix || "/";
  return `${prefix}${path}`;
}

/**
 * A page address without its language prefix, and that language: "/en/hjaelp/faq-jobsoegere"
 * → en, "/hjaelp/faq-jobsoegere"; "/en" → en, "/"; "/profil" → da, "/profil".
 */
export function splitLocalePrefix(pathname: string): { locale: Locale; path: `/${string}` } {
  for (const locale of routing.locales) {
    if (locale === routing.defaultLocale) continue;
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) as `/${string}` };
  }
  return { locale: routing.defaultLocale, path: (pathname.startsWith("/") ? pathname : `/${pathname}`) as `/${string}` };
}
