import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { buttonStyles } from "./button";

/**
 * Starts a MitID login. A plain form post, so it works without JavaScript; it carries
 * nothing that differs between visitors, so a page served from the cache can hold it
 * (app/[locale]/(public)/log-ind/mitid/route.ts starts the sign-in). After login the citizen
 * returns to the front page in the language they were reading.
 */
export async function MitidLoginButton({ label }: { label?: string }) {
  const [t, locale] = await Promise.all([getTranslations("mitid"), getLocale()]);
  return (
    <form method="post" action={localizedPath(locale, "/log-ind/mitid")}>
      <button type="submit" className={buttonStyles.mitid}>
        {label ?? t("loginButton")}
      </button>
    </form>
  );
}
