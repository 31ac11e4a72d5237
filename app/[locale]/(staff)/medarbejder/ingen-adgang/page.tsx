import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/** Where a staff member lands who asked for a tool their roles do not open. */
const page = publicPage("staff.noAccess.title", async ({ locale }) => {
  const t = await getTranslations("staff.noAccess");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <a href={localizedPath(locale, "/medarbejder")}>{t("back")}</a>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
