import { useTranslations } from "next-intl";
import { TermList } from "@/components/term-list";

/** A username and one-time password, shown once to the staff member who issued them. */
export function IssuedCredentials({ username, oneTimePassword }: { username: string; oneTimePassword: string }) {
  const t = useTranslations("staff.oneTime");
  return (
    <section role="status" aria-labelledby="one-time-heading" className="mb-8 border-4 border-[#00703c] p-4">
      <h2 id="one-time-heading" className="mb-2 text-xl">
        {t("title")}
      </h2>
      <p className="mb-4">{t("text")}</p>
      <TermList className="text-lg">
        <dt className="font-semibold">{t("username")}</dt>
        <dd>
          <code data-testid="issued-username">{username}</code>
        </dd>
        <dt className="font-semibold">{t("password")}</dt>
        <dd>
          <code data-testid="issued-password">{oneTimePassword}</code>
        </dd>
      </TermList>
    </section>
  );
}
