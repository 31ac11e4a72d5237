import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's <title>: its own title, then the site's name, in the page's language. */
export async function pageMetadata(locale: string, pageTitle: (t: Awaited<ReturnType<typeof getTranslations>>) => string): Promise<Metadata> {
  const t = await getTranslations({ locale });
  return { title: t("metadata.title", { page: pageTitle(t) }) };
}

/** The document's title for a page: its own title, then the site's name. */
export async function documentTitle(locale: string, pageTitle: string): Promise<string> {
  const t = await getTranslations({ locale });
  return t("metadata.title", { page: pageTitle });
}

/**
 * The metadata of a page that is one form: no title, because FormPage renders it — marked
 * `Fejl:`/`Error:` after a failed submit, which only the form knows.
 */
export function formPageMetadata(): Metadata {
  return { title: null };
}
