import { getTranslations } from "next-intl/server";
import { ContactPersons } from "@/app/[locale]/contact-persons";
import { SuccessNotice } from "@/components/notice";
import { CitizenOverview } from "@/app/[locale]/_components/citizen-overview";
import { YellowNotes } from "@/app/[locale]/_components/yellow-notes";
import { getCitizenSession, NEW_PASSWORD_PATH } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";
import { frontPageMetadata, LoggedOutFrontPage } from "./logged-out-front-page";

/** The front page: the citizen's overview after login (Mit Jobnet: what needs doing, each tool's summary, R2.2's contact persons), the public one (and its cached copy) before. */
const page = publicPage<object, { velkommen?: string; adgangskode?: string }>(
  ({ locale }) => frontPageMetadata(locale),
  async ({ locale, searchParams: { velkommen, adgangskode } }) => {
    const [t, citizen] = await Promise.all([getTranslations("frontPage"), getCitizenSession()]);

    if (citizen?.mustChangePassword) redirect(localizedPath(locale, NEW_PASSWORD_PATH));
    if (citizen) {
      return (
        <>
          {velkommen === "ny" && <SuccessNotice>{t("welcomeNew")}</SuccessNotice>}
          {adgangskode === "ny" && <SuccessNotice>{t("passwordSaved")}</SuccessNotice>}
          <h1 className="mb-6">{t("welcomeHeading", { name: citizen.name })}</h1>
          {/* Main content first, so on a small screen the contact persons come below it. */}
          <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
            <div>
              <YellowNotes placement="front_page" loggedIn />
              <CitizenOverview citizen={citizen} locale={locale} />
              <p className="mb-2">{citizen.method === "mitid" ? t("loggedInWithMitid") : t("loggedInWithBrugerkode")}</p>
              <p className="text-muted">{t("sessionNote")}</p>
            </div>
            <ContactPersons citizenId={citizen.citizenId} />
          </div>
        </>
      );
    }

    return <LoggedOutFrontPage locale={locale} />;
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
