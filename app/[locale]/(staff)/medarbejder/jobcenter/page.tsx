import { getTranslations } from "next-intl/server";
import { CreateProfileForm, JobcenterSearchForm } from "@/app/[locale]/(staff)/medarbejder/_components/staff-forms";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";
import { Section } from "@/components/section";

/** Jobcenter tools: find a citizen by CPR, or create a Jobnet profile with brugerkoder on their behalf. */
const page = staffPage(["caseworker"], "staff.jobcenter.title", async ({ locale }) => {
  const t = await getTranslations("staff");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("jobcenter.title")}</h1>
      <Section headingId="search-heading" heading={t("citizen.search")} className="mb-12">
        <JobcenterSearchForm locale={locale} />
      </Section>
      <Section headingId="create-heading" heading={t("jobcenter.createTitle")}>
        <p className="mb-4">{t("jobcenter.createIntro")}</p>
        <CreateProfileForm citizenPagePrefix={localizedPath(locale, "/medarbejder/jobcenter/borger")} />
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
