import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { SubmitButton } from "@/components/submit-button";
import { deleteMyAccess } from "@/lib/identity/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";

/** R1.6: `SLET ADGANG` deletes at once, without a password; `FORTRYD` goes back unchanged. */
const page = citizenPage("deleteAccess.title", async ({ locale }) => {
  const t = await getTranslations("deleteAccess");
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-4">{t("text1")}</p>
      <p className="mb-10">{t("text2")}</p>
      <div className="flex flex-wrap items-start gap-6">
        <ActionForm action={deleteMyAccess} fields={{ locale }}>
          <SubmitButton variant="danger">{t("confirm")}</SubmitButton>
        </ActionForm>
        <a href={localizedPath(locale, "/profil")} className={buttonStyles.secondary}>
          {t("cancel")}
        </a>
      </div>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
