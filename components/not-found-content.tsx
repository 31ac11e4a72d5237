import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { NotFoundText } from "./not-found-text";

export async function NotFoundContent() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return (
    <>
      <NotFoundText />
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </>
  );
}
