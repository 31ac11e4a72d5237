import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCitizenSession } from "@/lib/auth/session";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { NewPasswordForm } from "./new-password-form";
import { publicPage } from "@/lib/pages";

/** After a one-time password the citizen must choose their own before anything else. */
const page = publicPage("form", async ({ locale }) => {
  const citizen = await getCitizenSession();
  if (!citizen?.mustChangePassword) redirect(localizedPath(locale, "/"));
  const t = await getTranslations("newPassword");
  return (
    <div className="max-w-prose">
      <NewPasswordForm
        locale={locale}
        page={{
          documentTitle: await documentTitle(locale, t("title")),
          heading: t("title"),
          intro: (
            <>
              <p className="mb-4">{t("intro")}</p>
              <p className="mb-8">{t("rules")}</p>
            </>
          ),
        }}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
