import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { getAuthCsrfToken, getCitizenSession } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { BrugerkodeLoginForm } from "./brugerkode-login-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ fejl?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("brugerkodeLogin.title"));
}

export default async function BrugerkodeLoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ fejl }, t, citizen, csrfToken] = await Promise.all([
    searchParams,
    getTranslations("brugerkodeLogin"),
    getCitizenSession(),
    getAuthCsrfToken(),
  ]);
  if (citizen) redirect(localizedPath(locale, "/"));

  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8">{t("intro")}</p>
      <BrugerkodeLoginForm csrfToken={csrfToken} callbackUrl={localizedPath(locale, "/")} notRecognised={fejl === "login"} />
      <p className="mt-10">
        {t("mitidAlternative")} <a href={localizedPath(locale, "/")}>Jobnet</a>
      </p>
    </div>
  );
}
