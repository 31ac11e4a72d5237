"use client";

import { useTranslations } from "next-intl";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { sendSupportRequest } from "@/lib/support/actions";
import type { SupportRequestInput } from "@/lib/support/schema";

/** The support request form: the same schema checks it in the browser and in the action. */
export function SupportRequestForm({ locale, page }: { locale: string; page: FormPageText }) {
  const t = useTranslations("supportRequest");
  const { register, errorFor, summary, focusKey, returned, formProps } = useSchemaForm<SupportRequestInput>({
    schema: () => import("@/lib/support/schema").then((m) => m.supportRequestSchema),
    action: sendSupportRequest,
    fields: ["name", "cpr", "phone", "situation"],
  });

  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: summary, focusKey }}>
      <form {...formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField id="name" label={t("name")} autoComplete="name" error={errorFor("name")} defaultValue={returned.name} {...register("name")} />
        <TextField
          id="cpr"
          label={t("cpr")}
          hint={t("cprHint")}
          inputMode="numeric"
          autoComplete="off"
          error={errorFor("cpr")}
          defaultValue={returned.cpr}
          {...register("cpr")}
        />
        <TextField
          id="phone"
          type="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="tel-national"
          error={errorFor("phone")}
          defaultValue={returned.phone}
          {...register("phone")}
        />
        <TextArea
          id="situation"
          label={t("situation")}
          hint={t("situationHint")}
          error={errorFor("situation")}
          defaultValue={returned.situation}
          {...register("situation")}
        />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </FormPage>
  );
}
