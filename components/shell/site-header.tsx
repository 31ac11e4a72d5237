import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localizedPath } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

/** The header: the site's name, Find job (public, for everyone), the language switch, and the visitor's session area if they have one. */
export async function SiteHeader({ address, sessionArea }: { address: string; sessionArea?: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations("shell"), getLocale()]);
  return (
    <header className="border-b-4 border-primary bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a href={localizedPath(locale, "/")} className="text-3xl font-semibold text-primary no-underline" aria-label={t("homeLink")}>
          Jobnet
        </a>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <a href={localizedPath(locale, "/job")} className="font-semibold">
            {t("findJob")}
          </a>
          <LanguageSwitch locale={locale} address={address} />
          {sessionArea}
        </div>
      </div>
    </header>
  );
}
