import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getAuthCsrfToken, getCitizenSession } from "@/lib/auth/session";
import { CREATION_TERMS_PATH } from "@/lib/login/options";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { CreationForm } from "./creation-form";
import { publicPage } from "@/lib/pages";

/** R1.5 `Opret dig med MitID`, with the way to the special support request (R1.8). */
const page = publicPage<object, { fejl?: string }>("form", async ({ locale, searchParams }) => {
  const [{ fejl }, t, citizen, csrfToken] = await Promise.all([searchParams, getTranslations("creation"), getCitizenSession(), getAuthCsrfToken()]);
  if (citizen) redirect(localizedPath(locale, "/"));

  return (
    <div className="max-w-prose">
      <CreationForm
        csrfToken={csrfToken}
        callbackUrl={localizedPath(locale, CREATION_TERMS_PATH)}
        consentMissing={fejl === "persondata"}
        page={{
          documentTitle: await documentTitle(locale, t("title")),
          heading: t("title"),
          intro: (
            <>
              <p className="mb-6">{t("intro")}</p>
              <p className="mb-6">
                {t("policyIntro")} <a href={localizedPath(locale, "/politik-om-persondata")}>{t("policyLink")}</a>
              </p>
            </>
          ),
        }}
      />
      <section aria-labelledby="support-heading" className="mt-12 border-t border-border pt-6">
        <h2 id="support-heading" className="mb-3 text-xl">
          {t("supportHeading")}
        </h2>
        <p className="mb-3">{t("supportText")}</p>
        <p>
          <a href={localizedPath(locale, "/supporthenvendelse")}>{t("supportLink")}</a>
        </p>
      </section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
