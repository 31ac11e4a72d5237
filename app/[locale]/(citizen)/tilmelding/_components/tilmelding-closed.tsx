import { getFormatter, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { MessagePage } from "@/components/message-page";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

/**
 * In place of a step or the summary when it cannot be used now, said in the page itself (never
 * a redirect, which would send a form posted without JavaScript on to another address): the
 * registration is sent and can only be read (409), or nothing is answered yet, so there is
 * nothing to check. It gives the document its title.
 */
export async function TilmeldingClosed({ locale, reason, sentAt }: { locale: string; reason: "sent" | "notStarted"; sentAt?: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("tilmelding"), getFormatter()]);
  const base = localizedPath(locale, "/tilmelding");
  const title = <title>{await documentTitle(locale, t("title"))}</title>;
  if (reason === "sent") {
    setResponseStatus(409);
    return (
      <MessagePage heading={t("title")} link={{ href: `${base}/kvittering`, label: t("toReceipt") }}>
        {title}
        <p className="mb-6 font-semibold">{t("sentStatus", { date: sentAt ? format.dateTime(sentAt, { dateStyle: "long" }) : "" })}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage heading={t("title")}>
      {title}
      <p className="mb-6">{t("notStarted")}</p>
      <a href={`${base}/foerste-ledighedsdag`} className={buttonStyles.primary}>
        {t("start")}
      </a>
    </MessagePage>
  );
}
