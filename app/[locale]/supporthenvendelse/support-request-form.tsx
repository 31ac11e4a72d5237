"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary, type SummaryError } from "@/components/error-summary";
import { SubmitButton } from "@/components/submit-button";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import type { ActionResult } from "@/lib/actions";
import { sendSupportRequest } from "@/lib/support/actions";
import { supportRequestSchema, type SupportRequestInput } from "@/lib/support/schema";

const FIELDS = ["name", "cpr", "phone", "situation"] as const;

/**
 * The support request form. The server action validates with the same schema; without
 * JavaScript its errors come back in the re-rendered page, with JavaScript the schema
 * checks first and the action's answer is shown in place.
 */
export function SupportRequestForm({ locale }: { locale: string }) {
  const t = useTranslations("supportRequest");
  const general = useTranslations();
  const [state, formAction] = useActionState(sendSupportRequest, null);
  const formRef = useRef<HTMLFormElement>(null);
  const serverState = state as ActionResult<SupportRequestInput> | null;
  const serverErrors = serverState?.status === "error" ? serverState.fieldErrors : {};
  // What the server sent back with its errors: shown in the fields also without JavaScript.
  const returned = (serverState?.status === "error" ? serverState.values : {}) as Partial<SupportRequestInput>;
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<SupportRequestInput>({ resolver: zodResolver(supportRequestSchema), shouldFocusError: false, defaultValues: returned });

  const messageFor = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message ?? serverErrors[field]?.[0];
    return key ? t(`errors.${key}` as "errors.nameMissing") : undefined;
  };
  const summary: SummaryError[] = FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: field, message }] : [];
  });
  if (serverErrors._form) summary.push({ fieldId: "name", message: serverErrors._form.map((key) => general(key as "errors.unexpected")).join(" ") });

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} focusKey={`${submitCount}:${JSON.stringify(serverErrors)}`} />
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(event);
        }}
      >
        <input type="hidden" name="locale" value={locale} />
        <TextField id="name" label={t("name")} autoComplete="name" error={messageFor("name")} defaultValue={returned.name} {...register("name")} />
        <TextField
          id="cpr"
          label={t("cpr")}
          hint={t("cprHint")}
          inputMode="numeric"
          autoComplete="off"
          error={messageFor("cpr")}
          defaultValue={returned.cpr} {...register("cpr")}
        />
        <TextField
          id="phone"
          type="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="tel-national"
          error={messageFor("phone")}
          defaultValue={returned.phone} {...register("phone")}
        />
        <TextArea id="situation" label={t("situation")} hint={t("situationHint")} error={messageFor("situation")} defaultValue={returned.situation} {...register("situation")} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </>
  );
}
