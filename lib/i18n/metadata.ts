import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentRequestContext } from "@/lib/http/request-context";

/**
 * A page's <title>: its own title, then the site's name, in the page's language. When the
 * page answers a form or search it refused (a post without JavaScript, rendered again with
 * its errors), the title starts with `Fejl:`/`Error:` (WCAG 3.3.1; GOV.UK's pattern). A form
 * post's refusal is known before the page renders; a page that refuses its own address's
 * input (a search) says so with `refused`.
 */
export async function pageMetadata(
  locale: string,
  pageTitle: (t: Awaited<ReturnType<typeof getTranslations>>) => string,
  { refused = false }: { refused?: boolean } = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale });
  const title = t("metadata.title", { page: pageTitle(t) });
  return { title: refused || currentRequestContext()?.inputRefused ? t("metadata.errorTitle", { title }) : title };
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

/**
 * What every page of the site says about the site, in `locale`: its name as the default
 * title, its description and its icon. A page's own metadata is laid over it.
 */
export async function siteMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("siteName"), description: t("description"), icons: { icon: "/favicon.svg" } };
}
