"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { FormAction } from "@/lib/actions";
import type { SummaryError } from "./error-summary";
import { lazySchemaResolver, type SchemaLoader } from "./lazy-schema-resolver";

/**
 * A form driven by one zod schema in the browser (react-hook-form) and on the server (the
 * action). Without JavaScript the form posts to the action and its answer — errors with
 * what was typed, or the result — comes back in the page; with JavaScript the schema
 * checks first and the answer is shown in place. The schema is loaded when the form is first
 * focused or sent, so zod is not part of the page's first-load JavaScript
 * (components/lazy-schema-resolver.ts). Every message, from the browser's check or the
 * action's, is a translation key from the root of the message files.
 */
export function useSchemaForm<Values extends FieldValues, Data = unknown>({
  schema,
  action,
  fields,
  hiddenValues = {},
  idPrefix = "",
  resetAfterSuccess = false,
  messageValues,
}: {
  /** Loads the schema the action parses with: `() => import("@/lib/support/schema").then((m) => m.supportRequestSchema)`. */
  schema: SchemaLoader<Values>;
  action: FormAction<Data>;
  fields: readonly Path<Values>[];
  /** Values the form sends in hidden inputs; the schema checks them in the browser too. */
  hiddenValues?: Partial<Values>;
  /** What the fields' ids start with, where the page has another form with fields of the same names. */
  idPrefix?: string;
  /** Empties the form once the action succeeds, for forms that add one thing after another. */
  resetAfterSuccess?: boolean;
  /** Values for the placeholders of the form's messages (`{days}`), from the server. */
  messageValues?: Record<string, string | number>;
}) {
  const t = useTranslations();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, null);
  const serverErrors = state?.status === "error" ? state.fieldErrors : {};
  const returned = (state?.status === "error" ? state.values : {}) as Partial<Values>;
  // Made once per form: the form's schema does not change while it is shown.
  const [{ resolver, preload }] = useState(() => lazySchemaResolver(schema));
  const form = useForm<Values>({
    resolver,
    shouldFocusError: false,
    defaultValues: { ...returned, ...hiddenValues } as DefaultValues<Values>,
  });
  const { errors, submitCount } = form.formState;

  const errorFor = (field: Path<Values>): string | undefined => {
    const key = (errors[field]?.message as string | undefined) ?? serverErrors[field]?.[0];
    return key ? t(key as "errors.unexpected", messageValues) : undefined;
  };
  const summary: SummaryError[] = fields.flatMap((field) => {
    const message = errorFor(field);
    return message ? [{ fieldId: `${idPrefix}${field}`, message }] : [];
  });
  // A hidden value that was refused (changed, or from an old page) cannot be corrected by the
  // user, but the form must still say why it was not sent.
  const hiddenProblems = new Set(
    [...Object.keys(errors), ...Object.keys(serverErrors)]
      .filter((field) => field !== "_form" && !(fields as readonly string[]).includes(field))
      .map((field) => (errors[field as Path<Values>]?.message as string | undefined) ?? serverErrors[field]?.[0])
      .filter((key): key is string => Boolean(key)),
  );
  for (const key of hiddenProblems) summary.push({ fieldId: `${idPrefix}${fields[0]}`, message: t(key as "errors.unexpected", messageValues) });
  if (serverErrors._form) {
    const reference = state?.status === "error" && state.errorId ? ` (${state.errorId})` : "";
    summary.push({ fieldId: `${idPrefix}${fields[0]}`, message: serverErrors._form.map((key) => t(key as "errors.unexpected")).join(" ") + reference });
  }

  // With JavaScript the page is not reloaded after a success, so the typed values would stay
  // and a second click would add the same thing again.
  useEffect(() => {
    if (!resetAfterSuccess || state?.status !== "ok") return;
    formRef.current?.reset();
    form.reset(hiddenValues as DefaultValues<Values>);
    // Once per answer from the action; the values it resets to are the form's hidden ones, and
    // the form and the option are the same object and value for the form's whole life.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- safe for the reason above
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(event);
  };

  return {
    register: form.register,
    errorFor,
    summary,
    /** Changes with each submission, so the error summary takes focus once per attempt. */
    focusKey: `${submitCount}:${JSON.stringify(serverErrors)}`,
    result: state?.status === "ok" ? (state.data as Data | undefined) : undefined,
    /** What the action sent with a failure, e.g. the version another editor saved. */
    failure: state?.status === "error" ? (state.data as Data | undefined) : undefined,
    returned,
    /** The action's last answer: `ok`, `error` (refused or failed), or undefined before the first. */
    status: state?.status,
    pending,
    formProps: { ref: formRef, action: formAction, onSubmit, onFocus: preload, noValidate: true },
  };
}
