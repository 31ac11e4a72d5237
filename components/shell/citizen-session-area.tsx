import { getTranslations } from "next-intl/server";
import type { CitizenSession } from "@/lib/auth/session";
import { localizedPath } from "@/lib/i18n/routing";
import { LogoutButton } from "./logout-button";
import { SessionTimeoutWarning } from "./session-timeout-warning";

/** The time this request is answered, milliseconds since the epoch. */
function requestTime(): number {
  return Date.now();
}

/**
 * The header's part for a logged-in citizen: who they are, their profile, logout, and the
 * idle-timeout warning. Only pages rendered for a request have it (and its scripts).
 */
export async function CitizenSessionArea({ citizen, locale }: { citizen: CitizenSession; locale: string }) {
  const t = await getTranslations({ locale, namespace: "shell" });
  // This request renewed the session: its idle period runs from now, however late the page hydrates.
  const idleSince = requestTime();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <span>{t("loggedInAs", { name: citizen.name })}</span>
      <a href={localizedPath(locale, "/profil")}>{t("profileLink")}</a>
      <LogoutButton locale={locale} label={t("logout")} />
      <SessionTimeoutWarning idleSince={idleSince} locale={locale} frontPage={localizedPath(locale, "/")} logoutLabel={t("logout")} />
    </div>
  );
}
