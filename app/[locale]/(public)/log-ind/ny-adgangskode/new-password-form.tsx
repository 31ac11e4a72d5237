"use client";

import { useTranslations } from "next-intl";
import { FormPage, type FormPageText } from "@/components/form-page";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { chooseNewPassword } from "@/lib/identity/actions";
import type { NewPasswordInput } from "@/lib/identity/schema";

export function NewPasswordForm({ locale, page }: { locale: string; page: FormPageText }) {
  const t = useTranslations("newPassword");
  const form = useSchemaForm<NewPasswordInput>({
    schema: () => import("@/lib/identity/schema").then((m) => m.newPasswordSchema),
    action: chooseNewPassword,
    fields: ["password", "repeat"],
  });
  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="password"
          type="password"
          label={t("password")}
          autoComplete="new-password"
          error={form.errorFor("password")}
          {...form.register("password")}
        />
        <TextField id="repeat" type="password" label={t("repeat")} autoComplete="new-password" error={form.errorFor("repeat")} {...form.register("repeat")} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </FormPage>
  );
}
