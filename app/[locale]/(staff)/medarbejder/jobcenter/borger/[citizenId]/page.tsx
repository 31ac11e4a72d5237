import { getTranslations } from "next-intl/server";
import { BeskederForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/beskeder-for-caseworker";
import { StaffCitizenPage } from "@/app/[locale]/(staff)/medarbejder/_components/citizen-page";
import { ContactPersonTools } from "@/app/[locale]/(staff)/medarbejder/_components/contact-person-tools";
import { ForberedelsesskemaForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/forberedelsesskema-for-caseworker";
import { JoblogForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/joblog-for-caseworker";
import { SygdomForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/sygdom-for-caseworker";
import { TilmeldingForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/tilmelding-for-caseworker";
import { PlansForCaseworker } from "@/app/[locale]/(staff)/medarbejder/_components/plans-for-caseworker";
import { FlagForm } from "@/app/[locale]/(staff)/medarbejder/_components/staff-forms";
import { staffPage, type SearchParams } from "@/lib/pages";
import { Section } from "@/components/section";

/** Jobcenter: a citizen's access, with the brugerkode flag to set or clear, the contact persons to keep, the preparation questionnaire they sent, and their joblog. */
const page = staffPage<{ citizenId: string }, SearchParams>(["caseworker"], "staff.jobcenter.title", async ({ staff, params: { citizenId }, searchParams }) => {
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const t = await getTranslations("staff");
  return (
    <StaffCitizenPage
      citizenId={citizenId}
      staff={staff}
      tools={(citizen, viewer) => (
        <>
          {citizen.profile && (
            <Section headingId="flag-tool-heading" heading={t("jobcenter.flagTitle")} className="mb-10 rounded border border-border p-6">
              <FlagForm citizenId={citizen.citizenId} flagged={citizen.brugerkode?.flagged ?? false} />
            </Section>
          )}
          <ContactPersonTools citizenId={citizen.citizenId} viewer={viewer} />
          <TilmeldingForCaseworker citizenId={citizen.citizenId} viewer={viewer} />
          <ForberedelsesskemaForCaseworker citizenId={citizen.citizenId} viewer={viewer} />
          <JoblogForCaseworker citizenId={citizen.citizenId} viewer={viewer} />
          <SygdomForCaseworker citizenId={citizen.citizenId} viewer={viewer} />
          <PlansForCaseworker
            citizenId={citizen.citizenId}
            viewer={viewer}
            shown={{ planId: one(searchParams.plan), done: one(searchParams.udfoert), confirm: one(searchParams.bekraeft) }}
          />
          <BeskederForCaseworker citizenId={citizen.citizenId} viewer={viewer} />
        </>
      )}
    />
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
