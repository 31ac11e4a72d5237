import { getTranslations } from "next-intl/server";
import { CreateProfileForm, JobcenterSearchForm } from "@/app/[locale]/(staff)/medarbejder/_components/staff-forms";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** Jobcenter tools: find a citizen by CPR, or create a Jobnet profile with brugerkoder on their behalf. */
const page = staffPage(["caseworker"], "staff.jobcenter.title", async ({ locale }) => {
  const t = await getTranslations("staff");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("jobcenter.title")}</h1>
      <section aria-labelledby="search-heading" className="mb-12">
        <h2 id="search-heading" className="mb-3 text-xl">
          {t("citizen.search")}
        </h2>
        <JobcenterSearchForm locale={locale} />
      </section>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading" className="mb-3 text-xl">
          {t("jobcenter.createTitle")}
        </h2>
        <p className="mb-4">{t("jobcenter.createIntro")}</p>
        <CreateProfileForm citizenPagePrefix={localizedPath(locale, "/medarbejder/jobcenter/borger")} />
      </section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
