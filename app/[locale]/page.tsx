import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MitidLoginButton } from "@/components/mitid-login-button";
import { getCitizenSession } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("frontPage.title"));
}

export default async function FrontPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, citizen] = await Promise.all([getTranslations("frontPage"), getCitizenSession()]);

  if (citizen) {
    return (
      <>
        <h1 className="mb-6">{t("welcomeHeading", { name: citizen.name })}</h1>
        <p className="mb-2">{citizen.method === "mitid" ? t("loggedInWithMitid") : t("loggedInWithBrugerkode")}</p>
        <p className="text-muted">{t("sessionNote")}</p>
      </>
    );
  }

  return (
    <>
      <h1 className="mb-6">{t("heading")}</h1>
      <p className="mb-10 max-w-prose text-lg">{t("intro")}</p>
      <section aria-labelledby="login-heading" className="max-w-prose rounded border border-border p-6">
        <h2 id="login-heading" className="mb-3">
          {t("loginHeading")}
        </h2>
        <p className="mb-4">{t("loginText")}</p>
        <MitidLoginButton />
        <p className="mt-6">
          <a href={localizedPath(locale, "/log-ind/brugerkoder")}>{t("brugerkodeLink")}</a>
        </p>
      </section>
    </>
  );
}
