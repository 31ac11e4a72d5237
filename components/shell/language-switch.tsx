import { getTranslations } from "next-intl/server";
import { localizedPath, routing, splitLocalePrefix } from "@/lib/i18n/routing";

/**
 * A link to this page (with its query) in the other language, itself marked up in that
 * language. Rendered on the server from the page's address, so it needs no script.
 */
export async function LanguageSwitch({ locale, address }: { locale: string; address: string }) {
  const t = await getTranslations({ locale, namespace: "shell" });
  const { pathname, search } = new URL(address, "http://portal");
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  return (
    <a
      href={`${localizedPath(other, splitLocalePrefix(pathname).path)}${search}`}
      hrefLang={other}
      lang={other}
      aria-label={t("languageSwitchLabel")}
      className="font-semibold"
    >
      {t("languageSwitch")}
    </a>
  );
}
