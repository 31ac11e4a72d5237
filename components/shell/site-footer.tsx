import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { SupportContact } from "../support-contact";

export async function SiteFooter() {
  const [t, locale] = await Promise.all([getTranslations("shell.footer"), getLocale()]);
  // R1.7 and R1.8: the FAQs and the read-aloud help live here; the read-aloud link nowhere else.
  const helpLinks = [
    { href: localizedPath(locale, "/hjaelp/faq-jobsoegere"), text: t("faqJobseekers") },
    { href: localizedPath(locale, "/hjaelp/faq-arbejdsgivere"), text: t("faqEmployers") },
    { href: localizedPath(locale, "/hjaelp/hoejtlaesning"), text: t("readAloud") },
    { href: localizedPath(locale, "/politik-om-persondata"), text: t("privacy") },
    { href: localizedPath(locale, "/tilgaengelighedserklaering"), text: t("accessibilityStatement") },
  ];
  return (
    <footer className="mt-16 border-t border-border bg-surface print:hidden" aria-label={t("label")}>
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="mb-3 text-xl">
            {t("help")}
          </h2>
          <nav aria-label={t("helpLinks")}>
            <ul className="mb-4 list-none space-y-2">
              {helpLinks.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.text}</a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="mb-2">{t("helpJobcenter")}</p>
          <p className="mb-2">{t("helpSupport")}</p>
          <SupportContact />
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="mb-3 text-xl">
            {t("about")}
          </h2>
          <p>{t("aboutText")}</p>
        </section>
      </div>
    </footer>
  );
}
