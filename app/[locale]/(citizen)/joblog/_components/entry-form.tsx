"use client";

import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/button";
import { FormPage, type FormPageText } from "@/components/form-page";
import { RadioGroup } from "@/components/radio-group";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { createJoblogEntryAction, editJoblogEntryAction } from "@/lib/joblog/actions";
import type { EditJoblogEntryFormValues, JoblogEntryFormValues } from "@/lib/joblog/schema";

/** The entry form's texts, translated on the server (form-text.ts). */
export interface JoblogEntryFormText {
  characters: string;
  title: string;
  titleHint: string;
  employer: string;
  address: string;
  street: string;
  postcode: string;
  postcodeHint: string;
  city: string;
  appliedOn: string;
  appliedOnHint: string;
  status: string;
  kind: string;
  note: string;
  noteHint: string;
  back: string;
  statuses: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
}

/** What either form sends: adding an entry sends no id or version, changing one does. */
type FormValues = JoblogEntryFormValues & Partial<Pick<EditJoblogEntryFormValues, "entryId" | "version">>;

const FIELDS = ["title", "employer", "street", "postcode", "city", "appliedOn", "status", "kind", "note"] as const;

/** What the form starts with: the entry as saved, or (for a new entry) today's date. */
export type JoblogEntryFormStart = Partial<Record<(typeof FIELDS)[number], string | null>>;

/**
 * One joblog entry's form (R3.2), to add an entry or, given `edit`, to change one: the job,
 * the employer, the address, the day, how far the citizen has got and how they apply, and
 * notes. Near the fields it says that `<` and `>` are removed on saving. The same schema
 * checks it in the browser and in the action; without JavaScript it posts and the page
 * comes back with the error summary and what was typed.
 */
export function JoblogEntryForm({
  locale,
  page,
  text,
  start,
  edit,
  submitLabel,
  backHref,
}: {
  locale: string;
  page: FormPageText;
  text: JoblogEntryFormText;
  start: JoblogEntryFormStart;
  /** The entry being changed and the version the citizen opened; absent when adding one. */
  edit?: { entryId: string; version: number };
  submitLabel: string;
  backHref: string;
}) {
  const t = useTranslations("joblog");
  const form = useSchemaForm<FormValues>({
    schema: edit
      ? () => import("@/lib/joblog/schema").then((m) => m.editJoblogEntrySchema)
      : () => import("@/lib/joblog/schema").then((m) => m.joblogEntrySchema),
    action: edit ? editJoblogEntryAction : createJoblogEntryAction,
    fields: FIELDS,
    hiddenValues: edit ? { entryId: edit.entryId, version: edit.version } : {},
  });
  const value = (field: (typeof FIELDS)[number]) => (form.returned[field] as string | undefined) ?? start[field] ?? undefined;
  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: form.summary, focusKey: form.focusKey }}>
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        {edit && (
          <>
            <input type="hidden" name="entryId" value={edit.entryId} />
            <input type="hidden" name="version" value={edit.version} />
          </>
        )}
        <p id="joblog-tegn" className="mb-8 border-l-4 border-primary bg-surface p-4">
          {text.characters}
        </p>
        <TextField
          id="title"
          label={text.title}
          hint={text.titleHint}
          error={form.errorFor("title")}
          defaultValue={value("title")}
          {...form.register("title")}
        />
        <TextField
          id="employer"
          label={text.employer}
          autoComplete="organization"
          error={form.errorFor("employer")}
          defaultValue={value("employer")}
          {...form.register("employer")}
        />
        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">{text.address}</legend>
          <TextField id="street" label={text.street} error={form.errorFor("street")} defaultValue={value("street")} {...form.register("street")} />
          <TextField
            id="postcode"
            label={text.postcode}
            hint={text.postcodeHint}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-32!"
            error={form.errorFor("postcode")}
            defaultValue={value("postcode")}
            {...form.register("postcode")}
          />
          <TextField id="city" label={text.city} error={form.errorFor("city")} defaultValue={value("city")} {...form.register("city")} />
        </fieldset>
        <TextField
          id="appliedOn"
          type="date"
          label={text.appliedOn}
          hint={text.appliedOnHint}
          className="max-w-48!"
          error={form.errorFor("appliedOn")}
          defaultValue={value("appliedOn")}
          {...form.register("appliedOn")}
        />
        <RadioGroup
          id="status"
          legend={<span className="text-lg font-semibold">{text.status}</span>}
          error={form.errorFor("status")}
          options={text.statuses}
          defaultValue={value("status")}
          inputProps={form.register("status")}
        />
        <RadioGroup
          id="kind"
          legend={<span className="text-lg font-semibold">{text.kind}</span>}
          error={form.errorFor("kind")}
          options={text.kinds}
          defaultValue={value("kind")}
          inputProps={form.register("kind")}
        />
        <TextArea
          id="note"
          label={text.note}
          hint={text.noteHint}
          rows={4}
          error={form.errorFor("note")}
          defaultValue={value("note")}
          {...form.register("note")}
        />
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton>{submitLabel}</SubmitButton>
          <a href={backHref} className={buttonStyles.secondary}>
            {text.back}
          </a>
        </div>
      </form>
    </FormPage>
  );
}
