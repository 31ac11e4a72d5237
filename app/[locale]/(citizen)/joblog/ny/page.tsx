import { getTranslations } from "next-intl/server";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { danishToday } from "@/lib/joblog/days";
import { citizenPage } from "@/lib/pages";
import { JoblogEntryForm } from "../_components/entry-form";
import { joblogEntryFormText } from "../_components/form-text";

/** `Tilføj jobsøgning` (R3.2): a new entry in the citizen's joblog, dated today until they choose another day. */
const page = citizenPage("form", async ({ locale }) => {
  const [t, text] = await Promise.all([getTranslations("joblog"), joblogEntryFormText()]);
  return (
    <div className="max-w-prose">
      <JoblogEntryForm
        locale={locale}
        page={{ documentTitle: await documentTitle(locale, t("newTitle")), heading: t("newTitle") }}
        text={text}
        start={{ appliedOn: danishToday() }}
        submitLabel={t("form.create")}
        backHref={localizedPath(locale, "/joblog")}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
