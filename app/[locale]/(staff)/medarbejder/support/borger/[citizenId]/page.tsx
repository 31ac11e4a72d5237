import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffCitizenPage } from "@/components/staff/citizen-page";
import { ResetPasswordForm } from "@/components/staff/staff-forms";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string; citizenId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("staff.support.title"));
}

/** Support: a citizen's access with the flag plainly visible, and `Dan ny adgangskode` (R1.1b). */
export default async function SupportCitizenPage({ params }: Props) {
  const { locale, citizenId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, ["support"]);
  const t = await getTranslations("staff.support");
  return (
    <StaffCitizenPage
      citizenId={citizenId}
      staff={staff}
      tools={(citizen, viewer) => (
        <section aria-label={t("resetButton")} className="mb-10 rounded border border-border p-6">
          {!citizen.brugerkode?.flagged && <p className="mb-4">{t("resetOnlyFlagged")}</p>}
          <ResetPasswordForm citizenId={citizen.citizenId} />
        </section>
      )}
    />
  );
}
