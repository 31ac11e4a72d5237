import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { localizedPath } from "@/lib/i18n/routing";
import { logOutStaff } from "@/lib/staff/actions";
import { getStaffSession } from "@/lib/staff/session";

/** The staff tools' bar: who is logged in, the tools their roles open, and logout. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [staff, t, locale] = await Promise.all([getStaffSession(), getTranslations("staff"), getLocale()]);
  return (
    <>
      {staff && (
        <nav aria-label={t("navLabel")} className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-3 rounded bg-surface p-4">
          <span className="font-semibold">{t("loggedInAs", { name: staff.name })}</span>
          <a href={localizedPath(locale, "/medarbejder")}>{t("home.title")}</a>
          {staff.roles.includes("support") && <a href={localizedPath(locale, "/medarbejder/support")}>{t("tools.support")}</a>}
          {staff.roles.includes("caseworker") && <a href={localizedPath(locale, "/medarbejder/jobcenter")}>{t("tools.jobcenter")}</a>}
          {staff.roles.includes("editor") && <a href={localizedPath(locale, "/medarbejder/redaktion")}>{t("tools.editor")}</a>}
          <ActionForm action={logOutStaff} fields={{ locale }} className="ml-auto">
            <SubmitButton variant="secondary">{t("logout")}</SubmitButton>
          </ActionForm>
        </nav>
      )}
      {children}
    </>
  );
}
