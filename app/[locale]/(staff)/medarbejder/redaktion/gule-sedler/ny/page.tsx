import { getTranslations } from "next-intl/server";
import { YellowNoteForm } from "@/app/[locale]/(staff)/medarbejder/redaktion/_components/yellow-note-form";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Redaktion: a new yellow note, saved as a draft. */
const page = staffPage(["editor"], "editor.newNote", async ({ locale }) => {
  const t = await getTranslations("editor");
  return (
    <>
      <p className="mb-4">
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
      <h1 className="mb-4">{t("newNote")}</h1>
      <p className="mb-8 max-w-prose">{t("newDraftIntro")}</p>
      <YellowNoteForm locale={locale} />
    </>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
