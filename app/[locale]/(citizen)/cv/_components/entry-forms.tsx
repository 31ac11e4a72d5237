"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup } from "@/components/radio-group";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { useSchemaForm } from "@/components/use-schema-form";
import { addCvEducation, addCvExperience, addCvLanguage } from "@/lib/cv/actions";
import { CV_LANGUAGE_LEVELS } from "@/lib/cv/options";
import type { EducationInput, ExperienceInput, LanguageInput } from "@/lib/cv/schema";
import { ActionMessage } from "./action-message";

// The forms that add an entry to the CV: a job, an education, a language. Each is checked by
// its schema in the browser and again by its action, works without JavaScript, and is emptied
// once the entry is added, with a message that says so.

/** `Tilføj erhvervserfaring`: a job's title, employer, period and, optionally, what the citizen did. */
export function ExperienceForm({ locale }: { locale: string }) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<ExperienceInput, { title: string }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.experienceSchema),
    action: addCvExperience,
    fields: ["title", "employer", "from", "to", "description"],
    idPrefix: "erfaring-",
    resetAfterSuccess: true,
  });
  return (
    <>
      <ActionMessage live message={form.result ? t("experience.added", { title: form.result.title }) : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="erfaring-title"
          label={t("experience.title")}
          autoComplete="off"
          maxLength={200}
          error={form.errorFor("title")}
          defaultValue={form.returned.title}
          {...form.register("title")}
        />
        <TextField
          id="erfaring-employer"
          label={t("experience.employer")}
          autoComplete="off"
          maxLength={200}
          error={form.errorFor("employer")}
          defaultValue={form.returned.employer}
          {...form.register("employer")}
        />
        <div className="flex flex-wrap gap-x-6">
          <TextField
            id="erfaring-from"
            label={t("experience.from")}
            hint={t("experience.fromHint")}
            autoComplete="off"
            maxLength={20}
            className="max-w-[10rem]"
            error={form.errorFor("from")}
            defaultValue={form.returned.from}
            {...form.register("from")}
          />
          <TextField
            id="erfaring-to"
            label={t("experience.to")}
            hint={t("experience.toHint")}
            autoComplete="off"
            maxLength={20}
            className="max-w-[10rem]"
            error={form.errorFor("to")}
            defaultValue={form.returned.to}
            {...form.register("to")}
          />
        </div>
        <TextArea
          id="erfaring-description"
          label={t("experience.description")}
          hint={t("experience.descriptionHint")}
          rows={4}
          maxLength={2000}
          error={form.errorFor("description")}
          defaultValue={form.returned.description}
          {...form.register("description")}
        />
        <SubmitButton>{t("experience.addButton")}</SubmitButton>
      </form>
    </>
  );
}

/** `Tilføj uddannelse`: the education, where, and the year it was (or will be) completed. */
export function EducationForm({ locale }: { locale: string }) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<EducationInput, { title: string }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.educationSchema),
    action: addCvEducation,
    fields: ["title", "institution", "completed"],
    idPrefix: "uddannelse-",
    resetAfterSuccess: true,
  });
  return (
    <>
      <ActionMessage live message={form.result ? t("education.added", { title: form.result.title }) : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="uddannelse-title"
          label={t("education.title")}
          autoComplete="off"
          maxLength={200}
          error={form.errorFor("title")}
          defaultValue={form.returned.title}
          {...form.register("title")}
        />
        <TextField
          id="uddannelse-institution"
          label={t("education.institution")}
          autoComplete="off"
          maxLength={200}
          error={form.errorFor("institution")}
          defaultValue={form.returned.institution}
          {...form.register("institution")}
        />
        <TextField
          id="uddannelse-completed"
          label={t("education.completed")}
          hint={t("education.completedHint")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          className="max-w-[8rem]"
          error={form.errorFor("completed")}
          defaultValue={form.returned.completed}
          {...form.register("completed")}
        />
        <SubmitButton>{t("education.addButton")}</SubmitButton>
      </form>
    </>
  );
}

/** `Tilføj sprog`: the language and how well the citizen speaks it. */
export function LanguageForm({ locale }: { locale: string }) {
  const t = useTranslations("cv.form");
  const form = useSchemaForm<LanguageInput, { title: string }>({
    schema: () => import("@/lib/cv/schema").then((m) => m.languageSchema),
    action: addCvLanguage,
    fields: ["language", "level"],
    idPrefix: "sprog-",
    resetAfterSuccess: true,
  });
  return (
    <>
      <ActionMessage live message={form.result ? t("languages.added", { title: form.result.title }) : null} />
      <ErrorSummary title={t("errorSummaryTitle")} errors={form.summary} focusKey={form.focusKey} headingLevel={4} />
      <form {...form.formProps}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="sprog-language"
          label={t("languages.language")}
          autoComplete="off"
          maxLength={100}
          error={form.errorFor("language")}
          defaultValue={form.returned.language}
          {...form.register("language")}
        />
        <RadioGroup
          id="sprog-level"
          legend={<span className="font-semibold">{t("languages.levelLegend")}</span>}
          error={form.errorFor("level")}
          options={CV_LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`languages.levels.${level}`) }))}
          defaultValue={form.returned.level}
          inputProps={form.register("level")}
        />
        <SubmitButton>{t("languages.addButton")}</SubmitButton>
      </form>
    </>
  );
}
