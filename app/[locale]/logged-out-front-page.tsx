import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { MitidLoginButton } from "@/components/mitid-login-button";
import { YellowNotes } from "@/app/[locale]/_components/yellow-notes";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

export function frontPageMetadata(locale: string): Promise<Metadata> {
  return pageMetadata(locale, (t) => t("frontPage.title"));
}

/**
 * The front page for a visitor who is not logged in: the same for everyone, so it is served
 * from the cache (app/statisk) to anyone without a session.
 */
export async function LoggedOutFrontPage({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "frontPage" });
  return (
    <>
      <h1 className="mb-6">{t("heading")}</h1>
      <YellowNotes placement="front_page" loggedIn={false} />
      <p className="mb-10 max-w-prose text-lg">{t("intro")}</p>
      <div className="grid max-w-4xl gap-6 md:grid-cols-2">
        <section aria-labelledby="login-heading" className="rounded border border-border p-6">
          <h2 id="login-heading" className="mb-3">
            {t("loginHeading")}
          </h2>
          <p className="mb-4">{t("loginText")}</p>
          <MitidLoginButton />
          <p className="mt-6">
            <a href={localizedPath(locale, "/log-ind/brugerkoder")}>{t("brugerkodeLink")}</a>
          </p>
        </section>
        <section aria-labelledby="create-heading" className="rounded border border-border p-6">
          <h2 id="create-heading" className="mb-3">
            {t("createHeading")}
          </h2>
          <p className="mb-4">{t("createText")}</p>
          <a href={localizedPath(locale, "/opret")} className={buttonStyles.secondary}>
            {t("createButton")}
          </a>
        </section>
      </div>
    </>
  );
}
