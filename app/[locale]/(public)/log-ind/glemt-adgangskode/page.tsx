import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/app/[locale]/(public)/log-ind/glemt-adgangskode/breadcrumb";
import { SupportContact } from "@/components/support-contact";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/** R1.3: where a citizen with brugerkoder gets a new password (no text about changing codes via MitID). */
const page = publicPage("forgotPassword.title", async ({ locale }) => {
  const [t, login] = await Promise.all([getTranslations("forgotPassword"), getTranslations("brugerkodeLogin")]);
  return (
    <div className="max-w-prose">
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[
          { href: localizedPath(locale, "/"), text: t("frontPage") },
          { href: localizedPath(locale, "/log-ind/brugerkoder"), text: login("title") },
        ]}
        current={t("title")}
      />
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-4">{t("text1")}</p>
      <p className="mb-8">{t("text2")}</p>
      <div className="mb-8">
        <SupportContact headingLevel={2} />
      </div>
      <p>
        <a href={localizedPath(locale, "/log-ind/brugerkoder")}>{t("backLink")}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
