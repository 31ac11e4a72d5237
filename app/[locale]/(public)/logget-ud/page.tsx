import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("loggedOut.title"));
}

/** Where a logout ends, after the MitID broker's own logout when the citizen used MitID. */
export default async function LoggedOutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("loggedOut");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8">{t("text")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </div>
  );
}
