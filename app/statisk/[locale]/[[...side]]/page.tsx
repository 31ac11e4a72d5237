import type { Metadata, Viewport } from "next";
import { unstable_cache } from "next/cache";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageDocument, PageFrame } from "@/components/shell/page-frame";
import * as forgotPassword from "@/app/[locale]/(public)/log-ind/glemt-adgangskode/page";
import * as faqArbejdsgivere from "@/app/[locale]/(public)/hjaelp/faq-arbejdsgivere/page";
import * as faqJobsoegere from "@/app/[locale]/(public)/hjaelp/faq-jobsoegere/page";
import * as readAloud from "@/app/[locale]/(public)/hjaelp/hoejtlaesning/page";
import { frontPageMetadata, LoggedOutFrontPage } from "@/app/[locale]/logged-out-front-page";
import * as loggedOut from "@/app/[locale]/(public)/logget-ud/page";
import * as privacy from "@/app/[locale]/(public)/politik-om-persondata/page";
import * as accessibilityStatement from "@/app/[locale]/(public)/tilgaengelighedserklaering/page";
import { markStaticRender } from "@/lib/clock";
import { nextContentChange } from "@/lib/content/queries";
import type { CachedPagePath } from "@/lib/http/cached-pages";
import { markAppCodeRan } from "@/lib/http/request-context";
import { siteMetadata } from "@/lib/i18n/metadata";
import { localizedPath, routing } from "@/lib/i18n/routing";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type CachedPage = { default: (props: PageProps) => Promise<ReactNode>; generateMetadata: (props: PageProps) => Promise<Metadata> };

/** Each cached page is the ordinary page, as a visitor without a session and without a query sees it. */
const pages: Record<CachedPagePath, CachedPage> = {
  "/": {
    default: async ({ params }) => <LoggedOutFrontPage locale={(await params).locale} />,
    generateMetadata: async ({ params }) => frontPageMetadata((await params).locale),
  },
  "/hjaelp/faq-jobsoegere": faqJobsoegere,
  "/hjaelp/faq-arbejdsgivere": faqArbejdsgivere,
  "/hjaelp/hoejtlaesning": readAloud,
  "/politik-om-persondata": privacy,
  "/tilgaengelighedserklaering": accessibilityStatement,
  "/log-ind/glemt-adgangskode": forgotPassword,
  "/logget-ud": loggedOut,
};

type Props = { params: Promise<{ locale: string; side?: string[] }> };

export const viewport: Viewport = { width: "device-width", initialScale: 1 };
// A page is made again when an editor changes content (lib/content/actions.ts) and when a
// publish window opens or closes (below). This is the longest a cached page is kept without
// either: with more than one server process, each keeps its own cache, and this bounds how
// long another process shows what an editor just changed.
export const revalidate = 60;

/**
 * Makes this page again when the next publish window of a yellow note or FAQ entry opens or
 * closes, if that is sooner than `revalidate`. A page is kept as long as the shortest
 * lifetime of what it used, so a cached value that lives until that moment shortens it.
 */
async function keepUntilNextContentChange(): Promise<void> {
  const now = new Date();
  const next = await nextContentChange({ now });
  if (!next) return;
  const seconds = Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
  if (seconds >= revalidate) return;
  await unstable_cache(async () => next.toISOString(), ["next-content-change", next.toISOString()], { revalidate: seconds })();
}

// None is made when the portal is built: the content is in the database the portal runs
// with, not the one at hand when it is built. Each page is made on its first request, then
// served from the cache.
export function generateStaticParams(): { locale: string; side: string[] }[] {
  return [];
}

function pageAt(side: string[] | undefined): CachedPage {
  const page = pages[pathOf(side)];
  if (!page) notFound();
  return page;
}

function propsFor(locale: string): PageProps {
  return { params: Promise.resolve({ locale }), searchParams: Promise.resolve({}) };
}

function pathOf(side: string[] | undefined): CachedPagePath {
  return `/${(side ?? []).join("/")}` as CachedPagePath;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, side } = await params;
  return { ...(await siteMetadata(locale)), ...(await pageAt(side).generateMetadata(propsFor(locale))) };
}

/**
 * The whole document, frame included: rendered without a request, so without a session,
 * as the page at `/<side>` in `locale` looks to a visitor who is not logged in. It has no
 * client islands that need texts, so it carries none.
 */
export default async function CachedPage({ params }: Props) {
  markAppCodeRan();
  const { locale, side } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  markStaticRender();
  const Page = pageAt(side).default;
  await keepUntilNextContentChange();
  return (
    <PageDocument locale={locale}>
      <PageFrame address={localizedPath(locale, pathOf(side))}>
        <Page {...propsFor(locale)} />
      </PageFrame>
    </PageDocument>
  );
}
