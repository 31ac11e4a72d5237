import "server-only";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { StaffRole } from "@/db/schema";
import { requireCitizen, type CitizenSession } from "@/lib/auth/session";
import { formPageMetadata, pageMetadata } from "@/lib/i18n/metadata";
import { routing, type Locale } from "@/lib/i18n/routing";
import { requireStaff, type StaffSession } from "@/lib/staff/session";

/** A page's query, as Next gives it: a name given twice is a list. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What Next hands a page under `app/[locale]/`: its route's parameters and its query, both promised. */
export type RouteProps<Params> = { params: Promise<Params & { locale: string }>; searchParams?: Promise<SearchParams> };

/** What a page's content is given: its language, its route's other parameters and its query, resolved. */
export type PageContext<Params, Search> = { locale: Locale; params: Params; searchParams: Search };

/**
 * Where a page's <title> comes from: a message key (`"profile.title"`: that text, then the
 * site's name, marked `Fejl:` after a refused form; lib/i18n/metadata.ts), `"form"` for a page
 * that is one form (FormPage renders the title, marked after a failed submit), or a function
 * of the page's context for anything else.
 */
export type PageTitle<Params, Search> = string | ((context: PageContext<Params, Search>) => Promise<Metadata>);

/** A page made by a wrapper: `export default page.Page; export const generateMetadata = page.generateMetadata;`. */
export interface WrappedPage<Params> {
  Page: (props: RouteProps<Params>) => Promise<ReactNode>;
  generateMetadata: (props: RouteProps<Params>) => Promise<Metadata>;
}

async function contextOf<Params, Search>(props: RouteProps<Params>): Promise<PageContext<Params, Search>> {
  const [{ locale, ...params }, searchParams] = await Promise.all([props.params, props.searchParams ?? Promise.resolve({})]);
  // The [locale] layout answers an unknown language with not-found; this only narrows the type.
  return { locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, params: params as Params, searchParams: searchParams as Search };
}

function wrap<Params, Search, Access>(
  admit: (locale: Locale) => Promise<Access>,
  title: PageTitle<Params, Search>,
  render: (context: PageContext<Params, Search> & Access) => ReactNode | Promise<ReactNode>,
): WrappedPage<Params> {
  return {
    async Page(props) {
      const context = await contextOf<Params, Search>(props);
      setRequestLocale(context.locale);
      const access = await admit(context.locale);
      return render({ ...context, ...access });
    },
    async generateMetadata(props) {
      const context = await contextOf<Params, Search>(props);
      if (typeof title === "function") return title(context);
      if (title === "form") return formPageMetadata();
      return pageMetadata(context.locale, (t) => t(title as "metadata.siteName"));
    },
  };
}

/**
 * A page anyone may see. It sets the request's language for next-intl and gives `render`
 * the language, the route's parameters and the query; the title comes from `title`.
 */
export function publicPage<Params = object, Search = SearchParams>(
  title: PageTitle<Params, Search>,
  render: (context: PageContext<Params, Search>) => ReactNode | Promise<ReactNode>,
): WrappedPage<Params> {
  return wrap<Params, Search, object>(async () => ({}), title, render);
}

/**
 * A page for the logged-in citizen: anyone else is sent to the front page, a citizen who must
 * first replace a one-time password to that page (requireCitizen). `render` gets the citizen,
 * never null. The data functions it calls still check that what they return is the citizen's own.
 */
export function citizenPage<Params = object, Search = SearchParams>(
  title: PageTitle<Params, Search>,
  render: (context: PageContext<Params, Search> & { citizen: CitizenSession }) => ReactNode | Promise<ReactNode>,
): WrappedPage<Params> {
  return wrap<Params, Search, { citizen: CitizenSession }>(async (locale) => ({ citizen: await requireCitizen(locale) }), title, render);
}

/**
 * A staff page: without a staff session the visitor is sent to the staff login; without one
 * of `roles` (none given: any staff member) to the page saying they have no access
 * (requireStaff). `render` gets the staff member, never null.
 */
export function staffPage<Params = object, Search = SearchParams>(
  roles: StaffRole[],
  title: PageTitle<Params, Search>,
  render: (context: PageContext<Params, Search> & { staff: StaffSession }) => ReactNode | Promise<ReactNode>,
): WrappedPage<Params> {
  return wrap<Params, Search, { staff: StaffSession }>(async (locale) => ({ staff: await requireStaff(locale, roles) }), title, render);
}
