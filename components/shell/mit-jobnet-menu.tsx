import { getTranslations } from "next-intl/server";
import type { CitizenSession } from "@/lib/auth/session";
import { localizedPath, splitLocalePrefix } from "@/lib/i18n/routing";
import { isCurrent, menuFor } from "@/lib/mit-jobnet/menu";

/**
 * `Mit Jobnet`: the logged-in citizen's menu of their pages (lib/mit-jobnet/menu.ts), on every
 * page they see. A list of links in a named navigation landmark, the current page marked
 * with aria-current; on a phone it folds into a disclosure (<details>), which opens by
 * keyboard and screen reader and needs no script.
 */
export async function MitJobnetMenu({ citizen, locale, address }: { citizen: CitizenSession; locale: string; address: string }) {
  const [t, tb] = await Promise.all([getTranslations({ locale, namespace: "mitJobnet" }), getTranslations({ locale, namespace: "beskeder" })]);
  const { path: pathname } = splitLocalePrefix(new URL(address, "http://portal").pathname);
  // The staff tools are another portal's pages, even for a staff member logged in as a citizen too.
  if (isCurrent({ path: "/medarbejder" }, pathname)) return null;
  const items = await Promise.all(
    menuFor(citizen.contactGroup).map(async (item) => ({
      href: localizedPath(locale, item.path as `/${string}`),
      label: t(`menu.${item.label}` as "menu.overview"),
      current: isCurrent(item, pathname),
      unread: item.unread ? await item.unread(citizen) : 0,
    })),
  );
  const links = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <a
            href={item.href}
            aria-current={item.current ? "page" : undefined}
            // The count is heard with its meaning ("Min beskedbakke, 2 ulæste"); the name starts with the visible label.
            aria-label={item.unread > 0 ? `${item.label}, ${tb("menuUnread", { count: item.unread })}` : undefined}
            className={`block py-2 ${item.current ? "font-semibold text-ink no-underline" : ""}`}
          >
            {item.label}
            {item.unread > 0 && (
              <span className="ml-2 inline-block min-w-6 rounded-full bg-primary px-2 text-center text-sm font-bold text-white">{item.unread}</span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t("menuLabel")} className="border-b border-border bg-white print:hidden">
      <div className="mx-auto max-w-5xl px-4">
        <details className="py-2 md:hidden">
          <summary className="cursor-pointer py-2 font-semibold">{t("menuLabel")}</summary>
          {links("pb-2")}
        </details>
        <div className="hidden items-center gap-8 md:flex">
          <span className="font-semibold" aria-hidden="true">
            {t("menuLabel")}
          </span>
          {links("flex flex-wrap gap-x-6")}
        </div>
      </div>
    </nav>
  );
}
