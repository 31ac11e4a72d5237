"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import type { SchemaLoader } from "@/components/lazy-schema-resolver";
import { useSchemaForm } from "@/components/use-schema-form";
import type { FormAction } from "@/lib/actions";
import {
  changeBrugerkodeFlag,
  createProfileForCitizen,
  findCitizenForJobcenter,
  findCitizenForSupport,
  resetPassword,
  type IssuedCredentials as Issued,
} from "@/lib/identity/staff-actions";
import { IssuedCredentials } from "./issued-credentials";

// The staff tools' forms. Each is checked by its schema in the browser and again by its
// server action, which also checks the staff member's role.

function ShowIssued({ data }: { data: Issued | undefined }) {
  return data?.username && data.oneTimePassword ? <IssuedCredentials username={data.username} oneTimePassword={data.oneTimePassword} /> : null;
}

/** A staff tool's one-field search for a citizen: it opens the citizen's page, or says why not. */
function CitizenSearchForm({
  locale,
  field,
  schema,
  action,
  label,
  hint,
  numeric = false,
}: {
  locale: string;
  field: string;
  schema: SchemaLoader<Record<string, unknown>>;
  action: FormAction;
  label: string;
  hint?: string;
  numeric?: boolean;
}) {
  const t = useTranslations("staff");
  const form = useSchemaForm<Record<string, unknown>>({ schema, action, fields: [field] });
  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps} className="flex flex-wrap items-end gap-4">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id={field}
          label={label}
          hint={hint}
          inputMode={numeric ? "numeric" : undefined}
          autoComplete="off"
          error={form.errorFor(field)}
          defaultValue={form.returned[field] as string | undefined}
          {...form.register(field)}
        />
        <div className="mb-6">
          <SubmitButton>{t("citizen.searchButton")}</SubmitButton>
        </div>
      </form>
    </>
  );
}

/** Jobcenter: find a citizen by CPR number. */
export function JobcenterSearchForm({ locale }: { locale: string }) {
  const t = useTranslations("staff");
  return (
    <CitizenSearchForm
      locale={locale}
      field="cpr"
      schema={() => import("@/lib/identity/schema").then((m) => m.cprSearchSchema)}
      action={findCitizenForJobcenter}
      label={t("citizen.cpr")}
      hint={t("citizen.cprHint")}
      numeric
    />
  );
}

/** Support: find a citizen by CPR number or brugerkode username. */
export function SupportSearchForm({ locale }: { locale: string }) {
  const t = useTranslations("staff");
  return (
    <CitizenSearchForm
      locale={locale}
      field="query"
      schema={() => import("@/lib/identity/schema").then((m) => m.supportSearchSchema)}
      action={findCitizenForSupport}
      label={t("citizen.cprOrUsername")}
    />
  );
}

export function CreateProfileForm({ citizenPagePrefix }: { citizenPagePrefix: string }) {
  const t = useTranslations("staff");
  const form = useSchemaForm<{ cpr: string; name: string; reason: string }, Issued>({
    schema: () => import("@/lib/identity/schema").then((m) => m.createProfileSchema),
    action: createProfileForCitizen,
    fields: ["cpr", "name", "reason"],
    idPrefix: "new-",
  });
  const created = form.result;
  return (
    <>
      {created && (
        <>
          <p role="status" className="mb-4 font-semibold">
            {t("jobcenter.created", { name: created.name ?? "" })} <a href={`${citizenPagePrefix}/${created.citizenId}`}>{t("jobcenter.toCitizen")}</a>
          </p>
          <ShowIssued data={created} />
        </>
      )}
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <TextField
          id="new-cpr"
          label={t("citizen.cpr")}
          hint={t("citizen.cprHint")}
          inputMode="numeric"
          autoComplete="off"
          error={form.errorFor("cpr")}
          defaultValue={form.returned.cpr}
          {...form.register("cpr")}
        />
        <TextField
          id="new-name"
          label={t("jobcenter.name")}
          autoComplete="off"
          error={form.errorFor("name")}
          defaultValue={form.returned.name}
          {...form.register("name")}
        />
        <TextArea
          id="new-reason"
          label={t("jobcenter.reason")}
          hint={t("jobcenter.reasonHint")}
          rows={3}
          error={form.errorFor("reason")}
          defaultValue={form.returned.reason}
          {...form.register("reason")}
        />
        <SubmitButton>{t("jobcenter.createButton")}</SubmitButton>
      </form>
    </>
  );
}

export function FlagForm({ citizenId, flagged }: { citizenId: string; flagged: boolean }) {
  const t = useTranslations("staff");
  const form = useSchemaForm<{ citizenId: string; flagged: string; reason: string }, Issued>({
    schema: () => import("@/lib/identity/schema").then((m) => m.flagChangeSchema),
    action: changeBrugerkodeFlag,
    fields: ["reason"],
    hiddenValues: { citizenId, flagged: flagged ? "nej" : "ja" },
    idPrefix: "flag-",
  });
  return (
    <>
      {form.result && (
        <p role="status" className="mb-4 font-semibold">
          {t("jobcenter.flagChanged")}
        </p>
      )}
      <ShowIssued data={form.result} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={3} />
      <form {...form.formProps}>
        <input type="hidden" name="citizenId" value={citizenId} />
        <input type="hidden" name="flagged" value={flagged ? "nej" : "ja"} />
        <p className="mb-4">{flagged ? t("jobcenter.clearFlagHint") : t("jobcenter.setFlagHint")}</p>
        <TextArea
          id="flag-reason"
          label={t("jobcenter.reason")}
          rows={3}
          error={form.errorFor("reason")}
          defaultValue={form.returned.reason}
          {...form.register("reason")}
        />
        <SubmitButton variant={flagged ? "danger" : "primary"}>{flagged ? t("jobcenter.clearFlag") : t("jobcenter.setFlag")}</SubmitButton>
      </form>
    </>
  );
}

export function ResetPasswordForm({ citizenId }: { citizenId: string }) {
  const t = useTranslations("staff");
  const form = useSchemaForm<{ citizenId: string }, Issued>({
    schema: () => import("@/lib/identity/schema").then((m) => m.citizenIdSchema),
    action: resetPassword,
    fields: ["citizenId"],
    hiddenValues: { citizenId },
  });
  return (
    <>
      <ShowIssued data={form.result} />
      {form.summary.length > 0 && (
        <p role="alert" className="mb-4 border-l-8 border-error p-4 font-semibold">
          {form.summary.map((error) => error.message).join(" ")}
        </p>
      )}
      <form {...form.formProps}>
        <input type="hidden" name="citizenId" value={citizenId} />
        <SubmitButton>{t("support.resetButton")}</SubmitButton>
      </form>
    </>
  );
}
