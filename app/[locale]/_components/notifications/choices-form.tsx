"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveNotificationChoicesAction, saveNotificationChoicesByLink } from "@/lib/notifications/actions";
import type { LinkChoicesInput } from "@/lib/notifications/schema";
import { Feedback } from "./feedback";

type Channel = "email" | "sms";
type Topic = "jobagent" | "besked";

/**
 * Per topic (job agents; messages from the jobcenter) a fieldset with e-mail and SMS. A channel
 * without a verified address says so beside it, and choosing it is refused with a message
 * that says what to do. With `token` it is the form of a signed link (no login needed).
 */
export function ChoicesForm({
  locale,
  chosen,
  verified,
  token,
}: {
  locale: string;
  chosen: Record<Topic, Channel[]>;
  verified: Record<Channel, boolean>;
  token?: string;
}) {
  const t = useTranslations("notifications.form");
  const forms = useTranslations("forms");
  const form = useSchemaForm<LinkChoicesInput, { saved: true }>({
    schema: () => import("@/lib/notifications/schema").then((m) => (token ? m.linkChoicesSchema : m.choicesSchema) as typeof m.linkChoicesSchema),
    action: token ? saveNotificationChoicesByLink : saveNotificationChoicesAction,
    fields: ["jobagent", "besked"],
    hiddenValues: token ? { token } : {},
    idPrefix: "valg-",
  });
  // After a refused save the boxes show what the citizen ticked (without JavaScript the page is
  // drawn anew from the action's answer). A box left unticked is not posted at all, so an absent
  // topic means none ticked; only a failure that carries no submission (the database away) shows
  // the saved choices.
  const refused = form.status === "error" && Object.keys(form.returned).length > 0;
  const ticked = (topic: Topic): Channel[] => {
    if (!refused) return chosen[topic];
    const value = form.returned[topic];
    return (Array.isArray(value) ? value : value ? [value] : []) as Channel[];
  };
  return (
    <>
      <Feedback message={form.result ? t("savedChoices") : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        {token && <input type="hidden" name="token" value={token} />}
        {(["jobagent", "besked"] as const).map((topic) => {
          const id = `valg-${topic}`;
          const error = form.errorFor(topic);
          return (
            <fieldset key={topic} className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="mb-2 font-semibold">{t(`${topic}Legend`)}</legend>
              {error && (
                <p id={`${id}-error`} className="mb-2 font-semibold text-error">
                  <span className="sr-only">{forms("errorPrefix")} </span>
                  {error}
                </p>
              )}
              <div className="space-y-3">
                {(["email", "sms"] as const).map((channel, index) => {
                  const optionId = index === 0 ? id : `${id}-${index + 1}`;
                  return (
                    <div key={channel} className="flex items-center gap-3">
                      <input
                        id={optionId}
                        type="checkbox"
                        value={channel}
                        defaultChecked={ticked(topic).includes(channel)}
                        className="h-6 w-6 shrink-0 accent-primary"
                        {...form.register(topic)}
                      />
                      <label htmlFor={optionId}>
                        {t(channel === "email" ? "channelEmail" : "channelSms")}
                        {!verified[channel] && <span className="text-muted"> ({t("channelNotVerified")})</span>}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <SubmitButton>{t("saveChoices")}</SubmitButton>
      </form>
    </>
  );
}
