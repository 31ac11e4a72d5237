import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/** Where a logout ends, after the MitID broker's own logout when the citizen used MitID. */
const page = publicPage("loggedOut.title", async ({ locale }) => {
  const t = await getTranslations("loggedOut");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8">{t("text")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
