import { getTranslations } from "next-intl/server";
import { StaffCitizenPage } from "@/app/[locale]/(staff)/medarbejder/_components/citizen-page";
import { ResetPasswordForm } from "@/app/[locale]/(staff)/medarbejder/_components/staff-forms";
import { staffPage, type SearchParams } from "@/lib/pages";

/** Support: a citizen's access with the flag plainly visible, and `Dan ny adgangskode` (R1.1b). */
const page = staffPage<{ citizenId: string }, SearchParams>(["support"], "staff.support.title", async ({ staff, params: { citizenId } }) => {
  const t = await getTranslations("staff.support");
  return (
    <StaffCitizenPage
      citizenId={citizenId}
      staff={staff}
      tools={(citizen) => (
        <section aria-label={t("resetButton")} className="mb-10 rounded border border-border p-6">
          {!citizen.brugerkode?.flagged && <p className="mb-4">{t("resetOnlyFlagged")}</p>}
          <ResetPasswordForm citizenId={citizen.citizenId} />
        </section>
      )}
    />
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
