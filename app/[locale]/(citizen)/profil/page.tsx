import { getFormatter, getTranslations } from "next-intl/server";
import { getProfileOverview } from "@/lib/identity/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { Section } from "@/components/section";

/** The citizen's profile. There is no `Brugernavn og adgangskode` item (R1.5): codes come from the jobcenter. */
const page = citizenPage("profile.title", async ({ locale, citizen }) => {
  const [t, notifications, format, profile] = await Promise.all([
    getTranslations("profile"),
    getTranslations("notifications"),
    getFormatter(),
    getProfileOverview({ citizenId: citizen.citizenId }),
  ]);
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <dl className="mb-10 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{citizen.name}</dd>
        <dt className="font-semibold">{t("loginMethod")}</dt>
        <dd>{citizen.method === "mitid" ? t("methodMitid") : t("methodBrugerkode")}</dd>
        {profile && (
          <>
            <dt className="font-semibold">{t("createdAt")}</dt>
            <dd>{format.dateTime(profile.createdAt, { dateStyle: "long" })}</dd>
          </>
        )}
      </dl>
      <Section headingId="access-heading" heading={t("accessHeading")} headingClassName="mb-3">
        <ul className="list-none space-y-2">
          <li>
            <a href={localizedPath(locale, "/profil/notifikationer")}>{notifications("profileLink")}</a>
          </li>
          <li>
            <a href={localizedPath(locale, "/profil/slet-adgang")}>{t("deleteLink")}</a>
          </li>
        </ul>
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
