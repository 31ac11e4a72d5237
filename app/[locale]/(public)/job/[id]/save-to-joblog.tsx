import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { SubmitButton } from "@/components/submit-button";
import { getCitizenSession } from "@/lib/auth/session";
import { localizedPath } from "@/lib/i18n/routing";
import { saveJobAdToJoblog } from "@/lib/joblog/actions";
import { findJoblogEntryForJobAd } from "@/lib/joblog/queries";

/**
 * `Gem i joblog` on a job ad (R3.2): for a logged-in citizen a form with that one button, which
 * makes an entry from the ad and opens it (it works without JavaScript); once saved, a link to
 * the entry instead. A visitor who is not logged in gets a link to log in.
 */
export async function SaveToJoblog({ locale, jobAdId }: { locale: string; jobAdId: number }) {
  const [t, citizen] = await Promise.all([getTranslations("joblog.fromAd"), getCitizenSession()]);
  const box = "mb-8 rounded border border-border bg-surface p-5";
  if (!citizen || citizen.mustChangePassword) {
    return (
      <p className={box}>
        <a href={localizedPath(locale, "/")}>{t("logIn")}</a>
      </p>
    );
  }
  const saved = await findJoblogEntryForJobAd({ citizenId: citizen.citizenId, jobAdId });
  if (saved) {
    return (
      <p className={box}>
        <span className="mr-2">{t("saved")}</span>
        <a href={localizedPath(locale, `/joblog/${saved.id}`)}>{t("open")}</a>
      </p>
    );
  }
  return (
    <div className={box}>
      <p className="mb-4">{t("hint")}</p>
      {/* A refusal (the ad has just closed) is said in the joblog's words. */}
      <ClientMessages namespaces={["joblog.errors"]}>
        <ActionForm action={saveJobAdToJoblog} fields={{ locale, jobAdId: String(jobAdId) }}>
          <SubmitButton>{t("save")}</SubmitButton>
        </ActionForm>
      </ClientMessages>
    </div>
  );
}
