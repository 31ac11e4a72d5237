import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { ChoicesForm } from "@/app/[locale]/_components/notifications/choices-form";
import { refuseInput } from "@/lib/http/request-context";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { getNotificationSettings } from "@/lib/notifications/queries";
import { publicPage, type SearchParams } from "@/lib/pages";
import { verifyLinkToken } from "@/lib/notifications/signed-link";

function readToken(searchParams: SearchParams): { token: string; citizenId: string } | null {
  const token = searchParams.token;
  if (typeof token !== "string" || token.length > 600) return null;
  const citizenId = verifyLinkToken(token, { purpose: "settings" });
  return citizenId ? { token, citizenId } : null;
}

/**
 * The notification choices from the link in a notice (`/notifikationer/indstillinger?token=…`),
 * no login needed: per topic e-mail and/or SMS, for the citizen the signed link names. The
 * addresses themselves change only when logged in.
 */
const page = publicPage<object, SearchParams>(
  async ({ locale, searchParams }) =>
    pageMetadata(locale, (t) => (readToken(searchParams) ? t("notifications.linkSettings.title") : t("notifications.unsubscribe.invalidTitle"))),
  async ({ locale, searchParams }) => {
    const [t, unsubscribe] = await Promise.all([getTranslations("notifications.linkSettings"), getTranslations("notifications.unsubscribe")]);
    const link = readToken(searchParams);
    if (!link) {
      refuseInput(403);
      return (
        <MessagePage heading={unsubscribe("invalidTitle")} link={{ href: localizedPath(locale, "/"), label: "Jobnet" }}>
          <p className="mb-6">{unsubscribe("invalid")}</p>
        </MessagePage>
      );
    }
    const { settings } = await getNotificationSettings({ citizenId: link.citizenId });
    const verified = { email: Boolean(settings.email && settings.emailVerifiedAt), sms: Boolean(settings.phone && settings.phoneVerifiedAt) };
    const chosen = {
      jobagent: [...(settings.jobagentEmail ? ["email" as const] : []), ...(settings.jobagentSms ? ["sms" as const] : [])],
      besked: [...(settings.beskedEmail ? ["email" as const] : []), ...(settings.beskedSms ? ["sms" as const] : [])],
    };
    return (
      <div className="max-w-prose">
        <h1 className="mb-6">{t("title")}</h1>
        <p className="mb-8">{t("intro")}</p>
        <ChoicesForm locale={locale} chosen={chosen} verified={verified} token={link.token} />
      </div>
    );
  },
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
