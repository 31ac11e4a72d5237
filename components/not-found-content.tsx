import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";

export async function NotFoundContent() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return (
    <>
      <title>{`${t("title")} – Jobnet`}</title>
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("text")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </>
  );
}
