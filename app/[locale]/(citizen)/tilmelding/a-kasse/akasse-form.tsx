"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormPage } from "@/components/form-page";
import { RadioGroup } from "@/components/radio-group";
import { SelectField } from "@/components/select-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { saveTilmeldingAkasseAction } from "@/lib/tilmelding/actions";
import type { AkasseInput } from "@/lib/tilmelding/schema";
import { StepButtons } from "../_components/step-buttons";
import type { StepText } from "../_components/step-page";

/**
 * Step 2: `Ja`/`Nej` in a fieldset whose legend is the question, and which a-kasse from the
 * fixed list, right after `Ja` inside the fieldset (GOV.UK's conditional reveal). The list is
 * shown by default and hidden while `Ja` is not chosen only in a browser with `:has()` — so it
 * works without JavaScript, and a browser without `:has()` shows it always — and is read only
 * for a member. A refusal gets the error summary.
 */
export function AkasseForm({
  locale,
  step,
  legend,
  texts,
  akasser,
  saved,
}: {
  locale: string;
  step: StepText;
  legend: ReactNode;
  texts: { yes: string; no: string; which: string; whichHint: string; choose: string };
  akasser: { value: string; label: string }[];
  saved: { member?: "ja" | "nej"; akasse: string };
}) {
  const t = useTranslations("tilmelding");
  const form = useSchemaForm<AkasseInput>({
    schema: () => import("@/lib/tilmelding/schema").then((m) => m.akasseSchema),
    action: saveTilmeldingAkasseAction,
    fields: ["member", "akasse"],
    hiddenValues: step.returnToSummary ? { tilbageTil: "tjek" as const } : {},
  });
  const returned = form.returned as Partial<{ member: string; akasse: string }>;
  return (
    <FormPage page={step.page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <RadioGroup
          id="member"
          legend={
            <>
              <span className="mb-2 block text-muted">{step.progress}</span>
              <h2 className="text-2xl">{legend}</h2>
            </>
          }
          error={form.errorFor("member")}
          options={[
            { value: "ja", label: texts.yes },
            { value: "nej", label: texts.no },
          ]}
          defaultValue={returned.member ?? saved.member}
          inputProps={form.register("member")}
          conditional={{
            ja: (
              <SelectField
                id="akasse"
                label={texts.which}
                hint={texts.whichHint}
                error={form.errorFor("akasse")}
                options={[{ value: "", label: texts.choose }, ...akasser]}
                defaultValue={returned.akasse ?? saved.akasse}
                {...form.register("akasse")}
              />
            ),
          }}
        />
        <StepButtons locale={locale} returnToSummary={step.returnToSummary} labels={step.labels} backHref={step.backHref} />
      </form>
    </FormPage>
  );
}
