import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { SubmitButton } from "@/components/submit-button";
import { requireCitizen } from "@/lib/auth/session";
import { deleteMyAccess } from "@/lib/identity/actions";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("deleteAccess.title"));
}

/** R1.6: `SLET ADGANG` deletes at once, without a password; `FORTRYD` goes back unchanged. */
export default async function DeleteAccessPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireCitizen(locale);
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
}
