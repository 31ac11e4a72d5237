import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { YellowNotes } from "@/app/[locale]/_components/yellow-notes";
import { getAuthCsrfToken, getCitizenSession } from "@/lib/auth/session";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { BrugerkodeLoginForm } from "./brugerkode-login-form";
import { publicPage } from "@/lib/pages";

/** R1.3: the login for citizens the jobcenter has given brugerkoder. */
const page = publicPage<object, { fejl?: string }>("form", async ({ locale, searchParams }) => {
  const [{ fejl }, t, citizen, csrfToken] = await Promise.all([searchParams, getTranslations("brugerkodeLogin"), getCitizenSession(), getAuthCsrfToken()]);
  if (citizen) redirect(localizedPath(locale, "/"));

  return (
    <div className="max-w-prose">
      <BrugerkodeLoginForm
        csrfToken={csrfToken}
        callbackUrl={localizedPath(locale, "/")}
        notRecognised={fejl === "login"}
        page={{
          documentTitle: await documentTitle(locale, t("title")),
          heading: t("title"),
          intro: (
            <>
              <YellowNotes placement="login_pages" loggedIn={false} />
              <p className="mb-8">{t("intro")}</p>
            </>
          ),
        }}
      />
      <p className="mt-6">
        <a href={localizedPath(locale, "/log-ind/glemt-adgangskode")}>{t("forgotLink")}</a>
      </p>
      {/* A native disclosure: collapsed by default, opens by keyboard, needs no JavaScript. */}
      <details className="mt-8 rounded border border-border p-4">
        <summary className="cursor-pointer font-semibold text-primary underline">{t("whoCanHeading")}</summary>
        <p className="mt-4">{t("whoCanText1")}</p>
        <p className="mt-2">{t("whoCanText2")}</p>
      </details>
      {/* The link's own text says where it goes (WCAG 2.4.4): the front page, where MitID login is. */}
      <p className="mt-10">
        {t("mitidAlternative")} <a href={localizedPath(locale, "/")}>{t("mitidLink")}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
