"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { addContactPersonAction } from "@/lib/contacts/actions";
import type { z } from "zod";
import type { contactPersonSchema } from "@/lib/contacts/schema";

/** Jobcenter: registers a contact person for the citizen; phone and e-mail are optional. */
export function AddContactPersonForm({ citizenId }: { citizenId: string }) {
  const t = useTranslations("staff.contacts");
  const roles = useTranslations("contactPersons.roles");
  const form = useSchemaForm<z.input<typeof contactPersonSchema>, { name: string }>({
    schema: () => import("@/lib/contacts/schema").then((m) => m.contactPersonSchema),
    action: addContactPersonAction,
    fields: ["role", "name", "organisation", "phone", "email"],
    hiddenValues: { citizenId },
    idPrefix: "contact-",
    resetAfterSuccess: true,
  });
  return (
    <>
      {form.result && (
        <p role="status" className="mb-4 font-semibold">
          {t("added", { name: form.result.name })}
        </p>
      )}
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <input type="hidden" name="citizenId" value={citizenId} />
        <SelectField
          id="contact-role"
          label={t("role")}
          options={(["caseworker", "mentor", "akasse"] as const).map((role) => ({ value: role, label: roles(role) }))}
          error={form.errorFor("role")}
          defaultValue={form.returned.role}
          {...form.register("role")}
        />
        <TextField
          id="contact-name"
          label={t("name")}
          autoComplete="off"
          error={form.errorFor("name")}
          defaultValue={form.returned.name}
          {...form.register("name")}
        />
        <TextField
          id="contact-organisation"
          label={t("organisation")}
          hint={t("optional")}
          autoComplete="off"
          error={form.errorFor("organisation")}
          defaultValue={form.returned.organisation}
          {...form.register("organisation")}
        />
        <TextField
          id="contact-phone"
          type="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="off"
          error={form.errorFor("phone")}
          defaultValue={form.returned.phone}
          {...form.register("phone")}
        />
        <TextField
          id="contact-email"
          type="email"
          label={t("email")}
          hint={t("optional")}
          autoComplete="off"
          error={form.errorFor("email")}
          defaultValue={form.returned.email}
          {...form.register("email")}
        />
        <SubmitButton>{t("addButton")}</SubmitButton>
      </form>
    </>
  );
}
