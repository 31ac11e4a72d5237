import { getLocale, getTranslations } from "next-intl/server";
import { setResponseStatus } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";

/** An editor's link to an entry that does not exist (any more): said in the page, with the way back, as a 404. */
export async function EditorEntryMissing() {
  setResponseStatus(404);
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  return (
    <>
      <h1 className="mb-6">{t("missing.title")}</h1>
      <p className="mb-4">{t("missing.text")}</p>
      <p>
        <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("back")}</a>
      </p>
    </>
  );
}
