"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/button";
import type { SummaryError } from "@/components/error-summary";
import { FormPage, type FormPageText } from "@/components/form-page";
import { lazySchemaResolver } from "@/components/lazy-schema-resolver";
import { TextField } from "@/components/text-field";
import type { BrugerkodeLoginInput } from "@/lib/identity/schema";

/**
 * Without JavaScript this is a plain form posted to next-auth's credentials endpoint; a
 * failed login comes back as ?fejl=login, with both fields empty. With JavaScript the same
 * schema checks the fields first, and a failed login is shown without leaving the page, with
 * the password field emptied for the next try. The schema and next-auth's client are loaded
 * when the form is first used, not with the page.
 */
export function BrugerkodeLoginForm({
  csrfToken,
  callbackUrl,
  notRecognised: notRecognisedOnLoad,
  page,
}: {
  csrfToken: string;
  callbackUrl: string;
  notRecognised: boolean;
  page: FormPageText;
}) {
  const t = useTranslations("brugerkodeLogin");
  const root = useTranslations();
  const [{ resolver, preload }] = useState(() =>
    lazySchemaResolver<BrugerkodeLoginInput>(() => import("@/lib/identity/schema").then((m) => m.brugerkodeLoginSchema)),
  );
  const [notRecognised, setNotRecognised] = useState(notRecognisedOnLoad);
  // Counts submissions that came back with a problem; the error summary takes focus on each.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<BrugerkodeLoginInput>({ resolver, shouldFocusError: false });

  const fieldErrors: SummaryError[] = (["username", "password"] as const)
    .filter((field) => errors[field]?.message)
    .map((field) => ({ fieldId: field, message: root(errors[field]!.message as "errors.unexpected") }));
  const summary: SummaryError[] = notRecognised ? [{ fieldId: "username", message: t("notRecognised") }] : fieldErrors;

  const onValid = async ({ username, password }: BrugerkodeLoginInput) => {
    setNotRecognised(false);
    const { signIn } = await import("next-auth/react");
    const result = await signIn("brugerkode", { username, password, callbackUrl, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
    } else if (result?.error && result.error !== "CredentialsSignin" && result.url) {
      // Not a wrong username or password: the portal's page that explains it, with its error id.
      window.location.assign(result.url);
    } else {
      setValue("password", "");
      setNotRecognised(true);
      setFailedAttempts((count) => count + 1);
    }
  };
  const onInvalid = () => {
    setNotRecognised(false);
    setFailedAttempts((count) => count + 1);
  };

  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: summary, focusKey: failedAttempts }}>
      <form method="post" action="/api/auth/callback/brugerkode" noValidate onFocus={preload} onSubmit={handleSubmit(onValid, onInvalid)}>
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextField
          id="username"
          label={t("username")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message ? root(errors.username.message as "errors.unexpected") : notRecognised ? t("notRecognised") : undefined}
          {...register("username")}
        />
        <TextField
          id="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          error={errors.password?.message && root(errors.password.message as "errors.unexpected")}
          {...register("password")}
        />
        <Button disabled={isSubmitting}>{t("submit")}</Button>
      </form>
    </FormPage>
  );
}
