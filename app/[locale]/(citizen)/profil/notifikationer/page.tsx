import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import { formatPhone } from "@/lib/contacts/phone";
import { removeNotificationAddressAction, requestNotificationCode } from "@/lib/notifications/actions";
import { getNotificationSettings, type PendingVerification } from "@/lib/notifications/queries";
import { currentRequestContext } from "@/lib/http/request-context";
import { citizenPage, type SearchParams } from "@/lib/pages";
import { Feedback } from "@/app/[locale]/_components/notifications/feedback";
import { AddressForm, CodeForm } from "./_components/address-forms";
import { ChoicesForm } from "@/app/[locale]/_components/notifications/choices-form";

/**
 * `Få besked på SMS og/eller e-mail` (`/profil/notifikationer`, R1.7): the citizen's e-mail
 * address and mobile number, each used only once verified with a 6-digit code sent to it,
 * and per topic — new jobs from job agents, messages from the jobcenter — e-mail and/or SMS.
 * Every part is its own small form that works without JavaScript.
 */
const page = citizenPage<object, SearchParams>("notifications.title", async ({ locale, citizen, searchParams }) => {
  const [t, form, format, { settings, pending }] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("notifications.form"),
    getFormatter(),
    getNotificationSettings({ citizenId: citizen.citizenId }),
  ]);
  const verified = { email: Boolean(settings.email && settings.emailVerifiedAt), sms: Boolean(settings.phone && settings.phoneVerifiedAt) };
  const chosen = {
    jobagent: [...(settings.jobagentEmail ? ["email" as const] : []), ...(settings.jobagentSms ? ["sms" as const] : [])],
    besked: [...(settings.beskedEmail ? ["email" as const] : []), ...(settings.beskedSms ? ["sms" as const] : [])],
  };
  const time = (date: Date) => format.dateTime(date, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });
  // The address's confirmation is said once, on the page `Bekræft` led to, not again after a later form on it.
  const context = currentRequestContext();
  const confirmed = context?.actionRan || context?.inputRefused ? undefined : searchParams.bekraeftet;
  const shown = (channel: "email" | "sms", address: string) => (channel === "sms" ? formatPhone(address) : address);

  const channelPart = (channel: "email" | "sms") => {
    const address = channel === "email" ? settings.email : settings.phone;
    const waiting: PendingVerification | undefined = pending[channel];
    return (
      <>
        {/* After `Bekræft` (?bekraeftet=<channel>): the confirmation, given focus, where the code's form was. */}
        {address && verified[channel] && confirmed === channel && <Feedback message={form("verified", { address: shown(channel, address) })} />}
        {address && verified[channel] ? (
          <div className="mb-6">
            <p className="mb-3">{t("verifiedAddress", { address: shown(channel, address) })}</p>
            <ActionForm action={removeNotificationAddressAction} fields={{ locale, channel }}>
              <SubmitButton variant="secondary">{form(channel === "email" ? "removeEmail" : "removePhone")}</SubmitButton>
            </ActionForm>
          </div>
        ) : (
          <p className="mb-6">{t(channel === "email" ? "noEmail" : "noPhone")}</p>
        )}
        {waiting && (
          <div className="mb-8 border-l-4 border-border pl-4">
            <p className="mb-4">{t("pendingCode", { address: shown(channel, waiting.address), time: time(waiting.expiresAt) })}</p>
            <CodeForm locale={locale} channel={channel} address={shown(channel, waiting.address)} />
            <ActionForm action={requestNotificationCode} fields={{ locale, channel, address: waiting.address }} className="mt-4">
              <SubmitButton variant="secondary">{form("resendCode")}</SubmitButton>
            </ActionForm>
          </div>
        )}
        <AddressForm locale={locale} channel={channel} pendingAddress={waiting?.address} hasAddress={Boolean(address && verified[channel])} />
      </>
    );
  };

  return (
    <div className="max-w-3xl">
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-10 max-w-prose">{t("intro")}</p>
      <Section headingId="e-mail" heading={t("emailHeading")} className="mb-12">
        {channelPart("email")}
      </Section>
      <Section headingId="mobilnummer" heading={t("phoneHeading")} className="mb-12">
        {channelPart("sms")}
      </Section>
      <Section headingId="valg" heading={t("choicesHeading")} className="mb-12">
        <p className="mb-6 max-w-prose">{t("choicesIntro")}</p>
        <ChoicesForm locale={locale} chosen={chosen} verified={verified} />
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
