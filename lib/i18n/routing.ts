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
