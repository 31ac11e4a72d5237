import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { chooseBrugerkoder, continueWithMitid } from "@/lib/login/actions";
import { peekPendingLogin } from "@/lib/auth/pending-login";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/**
 * R1.4: a citizen with brugerkoder who logged in with MitID chooses, before any session
 * exists, between MitID for good and their brugerkoder. No link to the support module.
 */
const page = publicPage("mitidWarning.title", async ({ locale }) => {
  const pending = await peekPendingLogin("brugerkode-warning");
  if (!pending) redirect(`${localizedPath(locale, "/log-ind/fejl")}?aarsag=udloebet`);
  const t = await getTranslations("mitidWarning");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-4">{t("text1")}</p>
      <p className="mb-8 font-semibold">{t("text2")}</p>
      <div className="flex flex-col items-start gap-6">
        <ActionForm action={continueWithMitid} fields={{ locale }}>
          <SubmitButton variant="mitid">{t("continue")}</SubmitButton>
        </ActionForm>
        <ActionForm action={chooseBrugerkoder} fields={{ locale }}>
          <SubmitButton variant="secondary" aria-describedby="brugerkoder-hint">
            {t("useBrugerkoder")}
          </SubmitButton>
          <p id="brugerkoder-hint" className="mt-2 text-muted">
            {t("brugerkoderHint")}
          </p>
        </ActionForm>
      </div>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
