import { getTranslations } from "next-intl/server";
import { FaqEntryForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/faq-entry-form";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: a new FAQ entry, saved as a draft. */
const page = staffPage(["editor"], "editor.newFaqEntry", async ({ locale }) => {
  const t = await getTranslations("editor");
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      <h1 className="mb-4">{t("newFaqEntry")}</h1>
      <p className="mb-8 max-w-prose">{t("newDraftIntro")}</p>
      <FaqEntryForm locale={locale} />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
