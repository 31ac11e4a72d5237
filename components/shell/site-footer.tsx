import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  return (
    <footer className="mt-16 border-t border-border bg-surface" aria-label={t("label")}>
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="mb-3 text-xl">
            {t("help")}
          </h2>
          <p className="mb-2">{t("helpJobcenter")}</p>
          <p>{t("helpSupport")}</p>
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
