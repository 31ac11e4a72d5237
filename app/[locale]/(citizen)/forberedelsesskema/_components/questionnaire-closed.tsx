import { getFormatter, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/button";
import { MessagePage } from "@/components/message-page";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

/**
 * In place of a questionnaire page that cannot be used now, said in the page itself (never a
 * redirect, which would send a form posted without JavaScript on to another address): the
 * questionnaire is not for this citizen (403), it is sent and can only be read (409), or
 * nothing is answered yet, so there is nothing to sum up. It gives the document its title.
 */
export async function QuestionnaireClosed({
  locale,
  reason,
  submittedAt,
}: {
  locale: string;
  reason: "notForYou" | "submitted" | "notStarted";
  submittedAt?: Date | null;
}) {
  const [t, format] = await Promise.all([getTranslations("forberedelsesskema"), getFormatter()]);
  const base = localizedPath(locale, "/forberedelsesskema");
  // Some of the pages that show this give their title with their form (FormPage); this says its own.
  const title = <title>{await documentTitle(locale, reason === "notForYou" ? t("notForYouTitle") : t("title"))}</title>;
  if (reason === "notForYou") {
    setResponseStatus(403);
    return (
      <MessagePage heading={t("notForYouTitle")} link={{ href: localizedPath(locale, "/"), label: t("toOverview") }}>
        {title}
        <p className="mb-6">{t("notForYou")}</p>
      </MessagePage>
    );
  }
  if (reason === "submitted") {
    setResponseStatus(409);
    return (
      <MessagePage heading={t("title")} link={{ href: `${base}/kvittering`, label: t("toReceipt") }}>
        {title}
        <p className="mb-6 font-semibold">{t("submitted", { date: submittedAt ? format.dateTime(submittedAt, { dateStyle: "long" }) : "" })}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage heading={t("title")}>
      {title}
      <p className="mb-6">{t("nothingAnswered")}</p>
      <a href={`${base}/spoergsmaal/1`} className={buttonStyles.primary}>
        {t("start")}
      </a>
    </MessagePage>
  );
}
