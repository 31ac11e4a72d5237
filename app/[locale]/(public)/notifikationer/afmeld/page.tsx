import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { UnsubscribeForm } from "@/app/[locale]/_components/notifications/unsubscribe-form";
import { refuseInput } from "@/lib/http/request-context";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { publicPage, type SearchParams } from "@/lib/pages";
import { signLinkToken, verifyLinkToken } from "@/lib/notifications/signed-link";

/** The link's topic and whose it is, when its token is good; null otherwise. */
function readLink(searchParams: SearchParams): { topic: "jobagent" | "besked"; token: string; citizenId: string } | null {
  const topic = searchParams.emne;
  const token = searchParams.token;
  if ((topic !== "jobagent" && topic !== "besked") || typeof token !== "string" || token.length > 600) return null;
  const citizenId = verifyLinkToken(token, { purpose: topic === "jobagent" ? "unsubscribe-jobagent" : "unsubscribe-besked" });
  return citizenId ? { topic, token, citizenId } : null;
}

/**
 * `Afmeld` from the link in a notice (`/notifikationer/afmeld?emne=…&token=…`), no login
 * needed: the page asks, and only the button's post changes anything, because mail
 * scanners open links. A link that was changed or has expired says so (403).
 */
const page = publicPage<object, SearchParams>(
  async ({ locale, searchParams }) =>
    pageMetadata(locale, (t) => (readLink(searchParams) ? t("notifications.unsubscribe.title") : t("notifications.unsubscribe.invalidTitle"))),
  async ({ locale, searchParams }) => {
    const t = await getTranslations("notifications.unsubscribe");
    const link = readLink(searchParams);
    if (!link) {
      refuseInput(403);
      return (
        <MessagePage heading={t("invalidTitle")} link={{ href: localizedPath(locale, "/"), label: "Jobnet" }}>
          <p className="mb-6">{t("invalid")}</p>
        </MessagePage>
      );
    }
    const settingsToken = signLinkToken({ purpose: "settings", subject: link.citizenId, days: 1 });
    const settingsHref = `${localizedPath(locale, "/notifikationer/indstillinger")}?token=${encodeURIComponent(settingsToken)}`;
    return (
      <div className="max-w-prose">
        <h1 className="mb-6">{t("title")}</h1>
        <p className="mb-4 font-semibold">{t(link.topic === "jobagent" ? "questionJobagent" : "questionBesked")}</p>
        <p className="mb-8">{t("explain")}</p>
        <UnsubscribeForm
          locale={locale}
          topic={link.topic}
          token={link.token}
          settingsHref={settingsHref}
          texts={{ button: t("button"), done: t(link.topic === "jobagent" ? "doneJobagent" : "doneBesked"), settingsLink: t("settingsLink") }}
        />
      </div>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
