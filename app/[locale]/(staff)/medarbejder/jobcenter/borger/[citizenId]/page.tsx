import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffCitizenPage } from "@/components/staff/citizen-page";
import { ContactPersonTools } from "@/components/staff/contact-person-tools";
import { FlagForm } from "@/components/staff/staff-forms";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string; citizenId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("staff.jobcenter.title"));
}

/** Jobcenter: a citizen's access, with the brugerkode flag to set or clear and the contact persons to keep. */
export default async function JobcenterCitizenPage({ params }: Props) {
  const { locale, citizenId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, ["caseworker"]);
  const t = await getTranslations("staff");
  return (
    <StaffCitizenPage
      citizenId={citizenId}
      staff={staff}
      tools={(citizen, viewer) => (
        <>
          {citizen.profile && (
            <section aria-labelledby="flag-tool-heading" className="mb-10 rounded border border-border p-6">
              <h2 id="flag-tool-heading" className="mb-3 text-xl">
                {t("jobcenter.flagTitle")}
              </h2>
              <FlagForm citizenId={citizen.citizenId} flagged={citizen.brugerkode?.flagged ?? false} />
            </section>
          )}
          <ContactPersonTools citizenId={citizen.citizenId} viewer={viewer} />
        </>
      )}
    />
  );
}
