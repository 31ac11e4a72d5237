import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { ContactPersons } from "@/components/contact-persons";
import { MitidLoginButton } from "@/components/mitid-login-button";
import { SuccessNotice } from "@/components/notice";
import { YellowNotes } from "@/components/yellow-notes";
import { getCitizenSession, NEW_PASSWORD_PATH } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ velkommen?: string; adgangskode?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("frontPage.title"));
}

export default async function FrontPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, citizen, { velkommen, adgangskode }] = await Promise.all([getTranslations("frontPage"), getCitizenSession(), searchParams]);

  if (citizen?.mustChangePassword) redirect(localizedPath(locale, NEW_PASSWORD_PATH));
  if (citizen) {
    return (
      <>
        {velkommen === "ny" && <SuccessNotice>{t("welcomeNew")}</SuccessNotice>}
        {adgangskode === "ny" && <SuccessNotice>{t("passwordSaved")}</SuccessNotice>}
        <h1 className="mb-6">{t("welcomeHeading", { name: citizen.name })}</h1>
        {/* Main content first, so on a small screen the contact persons come below it. */}
        <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
          <div>
            <YellowNotes placement="front_page" loggedIn />
            <p className="mb-2">{citizen.method === "mitid" ? t("loggedInWithMitid") : t("loggedInWithBrugerkode")}</p>
            <p className="text-muted">{t("sessionNote")}</p>
          </div>
          <ContactPersons citizenId={citizen.citizenId} />
        </div>
      </>
    );
  }

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
