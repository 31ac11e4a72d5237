"use client";

import { useTranslations } from "next-intl";

/** The not-found page's title and text. */
export function NotFoundText() {
  const t = useTranslations("notFound");
  const metadata = useTranslations("metadata");
  return (
    <>
      <title>{metadata("title", { page: t("title") })}</title>
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("text")}</p>
    </>
  );
}
