import { getLocale, getTranslations } from "next-intl/server";
import type { CitizenSession } from "@/lib/auth/session";
import { localizedPath } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { SessionTimeoutWarning } from "./session-timeout-warning";

/** The time this request is answered, milliseconds since the epoch. */
function requestTime(): number {
  return Date.now();
}

export async function SiteHeader({ citizen }: { citizen: CitizenSession | null }) {
  const [t, locale] = await Promise.all([getTranslations("shell"), getLocale()]);
  // This request renewed the session: its idle period runs from now, however late the page hydrates.
  const idleSince = citizen ? requestTime() : 0;
  return (
    <header className="border-b-4 border-primary bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a href={localizedPath(locale, "/")} className="text-3xl font-semibold text-primary no-underline" aria-label={t("homeLink")}>
          Jobnet
        </a>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <LanguageSwitch />
          {citizen && (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <span>{t("loggedInAs", { name: citizen.name })}</span>
              <a href={localizedPath(locale, "/profil")}>{t("profileLink")}</a>
              <LogoutButton locale={locale} label={t("logout")} />
              <SessionTimeoutWarning idleSince={idleSince} locale={locale} frontPage={localizedPath(locale, "/")} logoutLabel={t("logout")} />
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
