import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's <title>: its own title, then the site's name, in the page's language. */
export async function pageMetadata(locale: string, pageTitle: (t: Awaited<ReturnType<typeof getTranslations>>) => string): Promise<Metadata> {
  const t = await getTranslations({ locale });
  return { title: t("metadata.title", { page: pageTitle(t) }) };
}
