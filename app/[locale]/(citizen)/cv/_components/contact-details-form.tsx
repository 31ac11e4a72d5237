"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveCvContactDetails } from "@/lib/cv/actions";
import type { ContactDetailsInput } from "@/lib/cv/schema";
import { ActionMessage } from "./action-message";

/** The e-mail address and phone number the CV shows, and `Gem kontaktoplysninger`. */
export function ContactDetailsForm({ locale, saved }: { locale: string; saved: { email: string; phone: string } }) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<ContactDetailsInput, { saved: true }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.contactDetailsSchema),
    action: saveCvContactDetails,
    fields: ["email", "phone"],
    idPrefix: "kontakt-",
  });
  // What the server sent back with a refusal (it always holds the page's language); a check in
  // the browser leaves the fields as they are, so they keep what the citizen had.
  const failed = "locale" in form.returned;
  return (
    <>
      <ActionMessage live message={form.result ? t("contact.saved") : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="kontakt-email"
          type="email"
          label={t("contact.email")}
          hint={t("contact.emailHint")}
          autoComplete="email"
          maxLength={254}
          spellCheck={false}
          error={form.errorFor("email")}
          defaultValue={failed ? form.returned.email : saved.email}
          {...form.register("email")}
        />
        <TextField
          id="kontakt-phone"
          type="tel"
          label={t("contact.phone")}
          hint={t("contact.phoneHint")}
          autoComplete="tel"
          maxLength={40}
          className="max-w-[14rem]"
          error={form.errorFor("phone")}
          defaultValue={failed ? form.returned.phone : saved.phone}
          {...form.register("phone")}
        />
        <SubmitButton>{t("contact.saveButton")}</SubmitButton>
      </form>
    </>
  );
}
