"use client";

import { useTranslations } from "next-intl";
import { FormPage } from "@/components/form-page";
import { Section } from "@/components/section";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveTilmeldingContactAction } from "@/lib/tilmelding/actions";
import type { ContactInput } from "@/lib/tilmelding/schema";
import { StepButtons } from "../_components/step-buttons";
import type { StepText } from "../_components/step-page";

/** Step 3: phone number and e-mail address, filled in with what the portal knows, at least one. A refusal gets the error summary. */
export function ContactForm({
  locale,
  step,
  texts,
  saved,
}: {
  locale: string;
  step: StepText;
  texts: { heading: string; intro: string; phone: string; phoneHint: string; email: string; emailHint: string };
  saved: { phone: string; email: string };
}) {
  const t = useTranslations("tilmelding");
  const form = useSchemaForm<ContactInput>({
    schema: () => import("@/lib/tilmelding/schema").then((m) => m.contactSchema),
    action: saveTilmeldingContactAction,
    fields: ["phone", "email"],
    hiddenValues: step.returnToSummary ? { tilbageTil: "tjek" as const } : {},
  });
  const returned = form.returned as Partial<{ phone: string; email: string }>;
  return (
    <FormPage page={step.page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <Section
          headingId="contact-heading"
          heading={
            <>
              <span className="mb-2 block text-base font-normal text-muted">{step.progress}</span>
              {texts.heading}
            </>
          }
          headingClassName="mb-3 text-2xl"
        >
          <p className="mb-6">{texts.intro}</p>
          <TextField
            id="phone"
            label={texts.phone}
            hint={texts.phoneHint}
            error={form.errorFor("phone")}
            type="tel"
            autoComplete="tel"
            defaultValue={returned.phone ?? saved.phone}
            {...form.register("phone")}
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
          />
        </Section>
        <StepButtons locale={locale} returnToSummary={step.returnToSummary} labels={step.labels} backHref={step.backHref} />
      </form>
    </FormPage>
  );
}
