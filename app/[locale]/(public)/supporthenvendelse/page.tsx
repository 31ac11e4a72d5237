import { getTranslations } from "next-intl/server";
import { documentTitle } from "@/lib/i18n/metadata";
import { SupportRequestForm } from "./support-request-form";
import { publicPage } from "@/lib/pages";

/** R1.8: the special support request, for a citizen who must register as unemployed and has nowhere else to turn. */
const page = publicPage("form", async ({ locale }) => {
  const t = await getTranslations("supportRequest");
  return (
    <div className="max-w-prose">
      <SupportRequestForm
        locale={locale}
        page={{
          documentTitle: await documentTitle(locale, t("title")),
          heading: t("title"),
          intro: (
            <>
              <p className="mb-4">{t("intro1")}</p>
              <p className="mb-8">{t("intro2")}</p>
            </>
          ),
        }}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
