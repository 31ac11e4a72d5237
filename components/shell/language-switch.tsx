"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { localizedPath, routing } from "@/lib/i18n/routing";

/** A link to this page (with its query) in the other language, itself marked up in that language. */
export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  return (
    <a
      href={`${localizedPath(other, pathname as `/${string}`)}${query ? `?${query}` : ""}`}
      hrefLang={other}
      lang={other}
      aria-label={t("languageSwitchLabel")}
      className="font-semibold"
    >
      {t("languageSwitch")}
    </a>
  );
}
