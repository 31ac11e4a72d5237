import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { peekPendingLogin } from "@/lib/auth/pending-login";
import { getCitizenSession } from "@/lib/auth/session";
import { createProfile } from "@/lib/identity/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage } from "@/lib/pages";

/**
 * R1.5 `Brugsvilkår for Jobnet`, after the MitID login of `OPRET VIA MitID`. A citizen who
 * already had a profile was simply logged in and goes to the front page.
 */
const page = publicPage("terms.title", async ({ locale }) => {
  if (await getCitizenSession()) redirect(localizedPath(locale, "/"));
  const pending = await peekPendingLogin("creation");
  if (!pending) redirect(`${localizedPath(locale, "/log-ind/fejl")}?aarsag=udloebet`);
  const t = await getTranslations("terms");
  const sections = t.raw("sections") as { heading: string; text: string }[];
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-4">{t("loggedInAs", { name: pending.name })}</p>
      <p className="mb-8">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.heading} className="mb-6">
          <h2 className="mb-2 text-xl">{section.heading}</h2>
          <p>{section.text}</p>
        </section>
      ))}
      <div className="mt-10 flex flex-wrap items-center gap-6">
        <ActionForm action={createProfile} fields={{ locale }}>
          <SubmitButton>{t("submit")}</SubmitButton>
        </ActionForm>
        <a href={localizedPath(locale, "/")}>{t("cancel")}</a>
      </div>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
