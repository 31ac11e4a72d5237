import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("staff.noAccess.title"));
}

/** Where a staff member lands who asked for a tool their roles do not open. */
export default async function NoAccessPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staff.noAccess");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <a href={localizedPath(locale, "/medarbejder")}>{t("back")}</a>
    </div>
  );
}
