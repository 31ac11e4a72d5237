"use client";

import { useTranslations } from "next-intl";
import { FormPage } from "@/components/form-page";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveTilmeldingContactAction } from "@/lib/tilmelding/actions";
import type { ContactInput } from "@/lib/tilmelding/schema";
import { StepButtons } from "../_components/step-buttons";
import type { StepText } from "../_components/step-page";

/**
 * Step 3: phone number and e-mail address, at least one, as one group (a fieldset whose legend
 * is the question, the rule as its hint). Filled in with what the portal knows, which the intro
 * then says. "Give at least one" is the group's error, tied to the fieldset; the error summary
 * links it to the phone field, the first. Any other refusal is the field's own.
 */
export function ContactForm({
  locale,
  step,
  texts,
  saved,
}: {
  locale: string;
  step: StepText;
  texts: { heading: string; hint: string; prefilled?: string; phone: string; phoneHint: string; email: string; emailHint: string };
  saved: { phone: string; email: string };
}) {
  const t = useTranslations("tilmelding");
  const forms = useTranslations("forms");
  const form = useSchemaForm<ContactInput>({
    schema: () => import("@/lib/tilmelding/schema").then((m) => m.contactSchema),
    action: saveTilmeldingContactAction,
    fields: ["phone", "email"],
    hiddenValues: step.returnToSummary ? { tilbageTil: "tjek" as const } : {},
  });
  const returned = form.returned as Partial<{ phone: string; email: string }>;
  const phoneError = form.errorFor("phone");
  const groupError = phoneError === t("errors.contactMissing") ? phoneError : undefined;
  const describedBy = ["contact-hint", groupError && "contact-error"].filter(Boolean).join(" ");
  return (
    <FormPage page={step.page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <fieldset className={`mb-2 ${groupError ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={describedBy}>
          <legend className="mb-3">
            <span className="mb-2 block text-muted">{step.progress}</span>
            <h2 className="text-2xl">{texts.heading}</h2>
          </legend>
          {texts.prefilled && <p className="mb-3">{texts.prefilled}</p>}
          <p id="contact-hint" className="mb-4 text-muted">
            {texts.hint}
          </p>
          {groupError && (
            <p id="contact-error" className="mb-4 font-semibold text-error">
              <span className="sr-only">{forms("errorPrefix")} </span>
              {groupError}
            </p>
          )}
          <TextField
            id="phone"
            label={texts.phone}
            hint={texts.phoneHint}
            error={groupError ? undefined : phoneError}
            type="tel"
            autoComplete="tel"
            defaultValue={returned.phone ?? saved.phone}
            {...form.register("phone")}
            aria-invalid={groupError || phoneError ? true : undefined}
          />
          <TextField
            id="email"
            label={texts.email}
            hint={texts.emailHint}
            error={form.errorFor("email")}
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={returned.email ?? saved.email}
            {...form.register("email")}
            aria-invalid={groupError || form.errorFor("email") ? true : undefined}
          />
        </fieldset>
        <StepButtons locale={locale} returnToSummary={step.returnToSummary} labels={step.labels} backHref={step.backHref} />
      </form>
    </FormPage>
  );
}
