"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { confirmNotificationCode, requestNotificationCode } from "@/lib/notifications/actions";
import type { ConfirmCodeInput, RequestCodeInput } from "@/lib/notifications/schema";
import { Feedback } from "@/app/[locale]/_components/notifications/feedback";

type Channel = "email" | "sms";

/** `Send kode`: the e-mail address or mobile number to verify (a new one, where one is verified already). */
export function AddressForm({
  locale,
  channel,
  hasAddress,
  pendingAddress,
}: {
  locale: string;
  channel: Channel;
  hasAddress: boolean;
  /** The address a code waits to be typed for: the form says it sent one only while that code is still waiting. */
  pendingAddress?: string;
}) {
  const t = useTranslations("notifications.form");
  const prefix = channel === "email" ? "email-" : "sms-";
  const form = useSchemaForm<RequestCodeInput, { address: string }>({
    schema: () => import("@/lib/notifications/schema").then((m) => m.requestCodeSchema),
    action: requestNotificationCode,
    fields: ["address"],
    hiddenValues: { channel },
    idPrefix: prefix,
  });
  const label = channel === "email" ? (hasAddress ? t("emailChangeLabel") : t("emailLabel")) : hasAddress ? t("phoneChangeLabel") : t("phoneLabel");
  return (
    <>
      <Feedback message={form.result && form.result.address === pendingAddress ? t("codeSent", { address: form.result.address }) : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="channel" value={channel} />
        <TextField
          id={`${prefix}address`}
          type={channel === "email" ? "email" : "tel"}
          label={label}
          hint={channel === "email" ? t("emailHint") : t("phoneHint")}
          autoComplete={channel === "email" ? "email" : "tel"}
          maxLength={254}
          spellCheck={false}
          className={channel === "sms" ? "max-w-[14rem]" : ""}
          error={form.errorFor("address")}
          defaultValue={form.returned.address ?? ""}
          {...form.register("address")}
        />
        <SubmitButton>{t("sendCode")}</SubmitButton>
      </form>
    </>
  );
}

/** `Bekræft`: the 6-digit code sent to the address waiting to be verified. */
export function CodeForm({ locale, channel, address }: { locale: string; channel: Channel; address: string }) {
  const t = useTranslations("notifications.form");
  const prefix = channel === "email" ? "email-" : "sms-";
  // On success the action leads back to the page, which says the address is confirmed.
  const form = useSchemaForm<ConfirmCodeInput>({
    schema: () => import("@/lib/notifications/schema").then((m) => m.confirmCodeSchema),
    action: confirmNotificationCode,
    fields: ["code"],
    hiddenValues: { channel },
    idPrefix: prefix,
  });
  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="channel" value={channel} />
        <TextField
          id={`${prefix}code`}
          label={t("codeLabel")}
          hint={channel === "email" ? t("codeHintEmail", { address }) : t("codeHintSms", { address })}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={12}
          spellCheck={false}
          className="max-w-[10rem]"
          error={form.errorFor("code")}
          {...form.register("code")}
        />
        <SubmitButton>{t("confirmCode")}</SubmitButton>
      </form>
    </>
  );
}
