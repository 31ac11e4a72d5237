import { getTranslations } from "next-intl/server";

/** The not-found page's title and text. */
export async function NotFoundText() {
  const [t, metadata] = await Promise.all([getTranslations("notFound"), getTranslations("metadata")]);
  return (
    <>
      <title>{metadata("title", { page: t("title") })}</title>
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("text")}</p>
    </>
  );
}
