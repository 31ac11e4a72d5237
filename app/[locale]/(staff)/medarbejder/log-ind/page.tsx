import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { getAuthCsrfToken } from "@/lib/auth/session";
import { localizedPath } from "@/lib/i18n/routing";
import { STAFF_PROVIDER_ID, staffLoginProblems, type StaffLoginProblem } from "@/lib/staff/auth-options";
import { getStaffSession } from "@/lib/staff/session";
import { publicPage } from "@/lib/pages";

/** The staff entry point: MitID Erhverv, at the same broker as the citizens' MitID. */
const page = publicPage<object, { fejl?: string }>("staff.login.title", async ({ locale, searchParams }) => {
  const [{ fejl }, t, csrfToken, staff] = await Promise.all([searchParams, getTranslations("staff.login"), getAuthCsrfToken(), getStaffSession()]);
  const problem = staffLoginProblems.includes(fejl as StaffLoginProblem) ? (fejl as StaffLoginProblem) : null;
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      {problem && (
        <div role="alert" className="mb-6 border-l-8 border-error p-4 font-semibold">
          {t(`problems.${problem}`)}
        </div>
      )}
      <p className="mb-6">{t("intro")}</p>
      {staff && (
        <p className="mb-6">
          {t("alreadyLoggedIn", { name: staff.name })} <a href={localizedPath(locale, "/medarbejder")}>{t("toStaffHome")}</a>
        </p>
      )}
      <form method="post" action={`/api/auth/signin/${STAFF_PROVIDER_ID}`}>
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={localizedPath(locale, "/medarbejder")} />
        <button type="submit" className={buttonStyles.mitid}>
          {t("button")}
        </button>
      </form>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
