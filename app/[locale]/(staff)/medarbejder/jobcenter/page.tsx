import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateProfileForm, JobcenterSearchForm } from "@/components/staff/staff-forms";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("staff.jobcenter.title"));
}

/** Jobcenter tools: find a citizen by CPR, or create a Jobnet profile with brugerkoder on their behalf. */
export default async function JobcenterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, ["caseworker"]);
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
}
