import { getLocale, getTranslations } from "next-intl/server";
import { getAuthCsrfToken } from "@/lib/auth/session";
import { localizedPath } from "@/lib/i18n/routing";
import { buttonStyles } from "./button";

/**
 * Starts a MitID login. A plain form post to next-auth, so it works without JavaScript;
 * after login the citizen returns to the front page in the language they were reading.
 */
export async function MitidLoginButton({ label }: { label?: string }) {
  const [t, locale, csrfToken] = await Promise.all([getTranslations("mitid"), getLocale(), getAuthCsrfToken()]);
  return (
    <form method="post" action="/api/auth/signin/mitid">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={localizedPath(locale, "/")} />
      <button type="submit" className={buttonStyles.mitid}>
        {label ?? t("loginButton")}
      </button>
    </form>
  );
}
