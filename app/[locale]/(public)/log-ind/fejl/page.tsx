import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { MitidLoginButton } from "@/components/mitid-login-button";
import { isLoginProblem, type LoginProblem } from "@/lib/auth/login-problems";
import { getCitizenSession } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

type Search = { aarsag?: string; fejlkode?: string };

function problemOf({ aarsag }: Search): LoginProblem {
  return isLoginProblem(aarsag) ? aarsag : "teknisk";
}

/** Why a login did not succeed, in plain words, with the way forward. */
const page = publicPage<object, Search>(
  ({ locale, searchParams }) => pageMetadata(locale, (t) => t(`loginProblem.${problemOf(searchParams)}.title`)),
  async ({ locale, searchParams }) => {
    const problem = problemOf(searchParams);
    const { fejlkode } = searchParams;
    const [t, citizen] = await Promise.all([getTranslations("loginProblem"), getCitizenSession()]);
    // The id of the logged error, for support; only an id of the logged form is shown.
    const errorId = problem === "teknisk" && typeof fejlkode === "string" && /^[0-9a-f]{8}$/.test(fejlkode) ? fejlkode : null;
    return (
      <div className="max-w-prose">
        <h1 className="mb-6">{t(`${problem}.title`)}</h1>
        {/* Only true when it is: a citizen can open this page in a tab beside a live session. */}
        {problem !== "ingen-profil" && !citizen && <p className="mb-4">{t("notLoggedIn")}</p>}
        <p className={errorId ? "mb-4" : "mb-8"}>{t(`${problem}.text`)}</p>
        {errorId && <p className="mb-8 text-muted">{t("reference", { id: errorId })}</p>}
        {problem === "ingen-profil" ? (
          <p className="mb-8">
            <a href={localizedPath(locale, "/opret")} className={buttonStyles.primary}>
              {t("createLink")}
            </a>
          </p>
        ) : (
          <div className="mb-8">
            <MitidLoginButton />
            {problem === "teknisk" && (
              <p className="mt-4">
                <a href={localizedPath(locale, "/log-ind/brugerkoder")}>{t("brugerkodeLink")}</a>
              </p>
            )}
          </div>
        )}
        <p>
          <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
        </p>
      </div>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
