import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

/** An agent that is not the citizen's (another's, deleted, or never there): 404, and the way back to the list. */
export async function JobAgentNotFound({ locale }: { locale: string }) {
  setResponseStatus(404);
  const t = await getTranslations("jobagents");
  return (
    <MessagePage heading={t("notFoundTitle")} link={{ href: localizedPath(locale, "/jobagenter"), label: t("form.back") }}>
      <title>{await documentTitle(locale, t("notFoundTitle"))}</title>
      <p className="mb-6">{t("notFound")}</p>
    </MessagePage>
  );
}
