"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonStyles } from "@/components/button";
import type { SummaryError } from "@/components/error-summary";
import { FormPage, type FormPageText } from "@/components/form-page";
import { RadioGroup } from "@/components/radio-group";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { TitlePicker, type PickedTitle } from "@/components/title-picker";
import { createJobAgentAction, editJobAgentAction } from "@/lib/jobagents/actions";

/** The agent form's texts, translated on the server. */
export interface JobAgentFormText {
  titles: string;
  titlesHint: string;
  titlesChosen: string;
  removeTitle: string;
  titleSuggestions: string;
  noTitleSuggestions: string;
  titleAdded: string;
  titleRemoved: string;
  words: string;
  wordsHint: string;
  place: string;
  placeHint: string;
  region: string;
  anywhere: string;
  postcode: string;
  postcodeHint: string;
  distance: string;
  distanceHint: string;
  frequency: string;
  notify: string;
  back: string;
  regions: { value: string; label: string }[];
  distances: { value: string; label: string }[];
  frequencies: { value: string; label: string }[];
  notifyOptions: { value: string; label: string }[];
}

/** What the form starts with: a search's values (Find job's address) or the agent as saved. */
export interface JobAgentFormStart {
  titles: PickedTitle[];
  q: string;
  region: string;
  postnr: string;
  afstand?: string;
  frequency?: string;
  notify?: string;
}

/** The fields in the order the error summary lists them, each by the id it links to. */
const FIELDS = [
  // A changed agent id (the hidden field) names no agent: said first, at the first field.
  ["agentId", "stillingstekst"],
  ["stillingstekst", "stillingstekst"],
  ["stilling", "stillingstekst"],
  ["q", "q"],
  ["region", "region"],
  ["postnr", "postnr"],
  ["afstand", "afstand"],
  ["frequency", "frequency"],
  ["notify", "notify"],
] as const;

/**
 * A job agent's form (R3.4), to create one or, given `agentId`, to change it: the exact
 * occupation titles (Find job's title picker), optional words and place (a region, or a
 * postcode with an optional distance around it), how often and
 * whether to be told. It posts to its server action, which checks it with the one schema
 * (lib/jobagents/schema.ts); without JavaScript the page comes back with the error summary
 * and what was typed, the chosen titles still chosen (`titleLabels` names them).
 */
export function JobAgentForm({
  locale,
  page,
  text,
  start,
  distanceNotice,
  titleLabels,
  pagePath,
  agentId,
  submitLabel,
  backHref,
}: {
  locale: string;
  page: FormPageText;
  text: JobAgentFormText;
  start: JobAgentFormStart;
  /** Said at the distance in place of its hint: why a saved distance was cleared. */
  distanceNotice?: string;
  /** Every title's label in the page's language, by code, to show titles the form sent back. */
  titleLabels: Record<string, string>;
  /** This page's address: without JavaScript, removing a title is a link to it with the form's values less that title. */
  pagePath: string;
  agentId?: string;
  submitLabel: string;
  backHref: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(agentId ? editJobAgentAction : createJobAgentAction, null);
  const errors = state?.status === "error" ? state.fieldErrors : {};
  const returned = (state?.status === "error" ? state.values : null) as Record<string, string | string[] | undefined> | null;
  const message = (field: string) => (errors[field]?.[0] ? t(errors[field][0] as "errors.unexpected") : undefined);
  const summary: SummaryError[] = FIELDS.flatMap(([field, fieldId]) => {
    const problem = message(field);
    return problem ? [{ fieldId, message: problem }] : [];
  });
  if (errors._form) {
    const reference = state?.status === "error" && state.errorId ? ` (${state.errorId})` : "";
    summary.push({ fieldId: "stillingstekst", message: errors._form.map((key) => t(key as "errors.unexpected")).join(" ") + reference });
  }
  const value = (field: "q" | "region" | "postnr" | "afstand" | "frequency" | "notify" | "stillingstekst") => {
    const sent = returned?.[field];
    return typeof sent === "string" ? sent : field === "stillingstekst" ? "" : (start[field] ?? "");
  };
  const sentTitles = returned ? [returned.stilling ?? []].flat() : null;
  const titles = sentTitles ? sentTitles.filter((code) => titleLabels[code]).map((code) => ({ code, label: titleLabels[code] })) : start.titles;
  const titleError = message("stillingstekst") ?? message("stilling");
  const removeHrefs = Object.fromEntries(
    titles.map(({ code }) => {
      const params = new URLSearchParams({ v: "1" });
      for (const other of titles) if (other.code !== code) params.append("stilling", other.code);
      for (const field of ["q", "region", "postnr", "afstand"] as const) if (value(field)) params.set(field, value(field));
      return [code, `${pagePath}?${params}`];
    }),
  );

  return (
    <FormPage page={page} summary={{ title: t("jobagents.errorSummaryTitle"), errors: summary, focusKey: JSON.stringify(errors) + String(state?.status) }}>
      <form action={formAction} noValidate>
        <input type="hidden" name="locale" value={locale} />
        {agentId && <input type="hidden" name="agentId" value={agentId} />}
        <TitlePicker
          // A new answer from the server starts the picker again from what the form sent.
          key={JSON.stringify(errors)}
          name="stilling"
          textName="stillingstekst"
          inputId="stillingstekst"
          locale={locale}
          initialTitles={titles}
          initialText={value("stillingstekst")}
          removeHrefs={removeHrefs}
          error={titleError}
          labels={{
            field: text.titles,
            hint: text.titlesHint,
            chosen: text.titlesChosen,
            remove: text.removeTitle,
            suggestions: text.titleSuggestions,
            noSuggestions: text.noTitleSuggestions,
            added: text.titleAdded,
            removed: text.titleRemoved,
          }}
        />
        <TextField id="q" name="q" label={text.words} hint={text.wordsHint} maxLength={200} defaultValue={value("q")} error={message("q")} />
        <fieldset className="mb-2">
          <legend className="mb-1 text-lg font-semibold">{text.place}</legend>
          <p className="mb-4 text-muted">{text.placeHint}</p>
          <SelectField
            id="region"
            name="region"
            label={text.region}
            defaultValue={value("region")}
            error={message("region")}
            options={[{ value: "", label: text.anywhere }, ...text.regions]}
          />
          <TextField
            id="postnr"
            name="postnr"
            label={text.postcode}
            hint={text.postcodeHint}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className="max-w-32!"
            defaultValue={value("postnr")}
            error={message("postnr")}
          />
          <SelectField
            id="afstand"
            name="afstand"
            label={text.distance}
            hint={distanceNotice ?? text.distanceHint}
            defaultValue={value("afstand")}
            error={message("afstand")}
            options={text.distances}
          />
        </fieldset>
        <RadioGroup
          id="frequency"
          legend={<span className="text-lg font-semibold">{text.frequency}</span>}
          error={message("frequency")}
          options={text.frequencies}
          defaultValue={value("frequency")}
          inputProps={{ name: "frequency" }}
        />
        <RadioGroup
          id="notify"
          legend={<span className="text-lg font-semibold">{text.notify}</span>}
          error={message("notify")}
          options={text.notifyOptions}
          defaultValue={value("notify")}
          inputProps={{ name: "notify" }}
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
